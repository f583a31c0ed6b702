using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;

namespace ValueFirst.Core.Tests.Ledger;

public sealed class ConnectionDateTests
{
    private static readonly DateOnly Added = new(2026, 3, 10);

    [Fact]
    public void Recorded_connection_date_wins_over_the_day_the_contact_was_added()
    {
        Assert.Equal(new DateOnly(2024, 6, 23), ConnectionDate.CountFrom(ConnectionState.Connected, new DateOnly(2024, 6, 23), Added));
    }

    [Fact]
    public void Connected_contact_without_a_date_counts_from_the_day_it_was_added()
    {
        Assert.Equal(Added, ConnectionDate.CountFrom(ConnectionState.Connected, null, Added));
    }

    [Theory]
    [InlineData(ConnectionState.Target)]
    [InlineData(ConnectionState.Invited)]
    [InlineData(ConnectionState.Pending)]
    public void Contact_not_connected_and_without_a_date_is_not_connected_yet(ConnectionState state)
    {
        Assert.Null(ConnectionDate.CountFrom(state, null, Added));
    }
}
