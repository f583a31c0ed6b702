using ValueFirst.Core.Ledger;

namespace ValueFirst.Core.Tests.Ledger;

public sealed class InteractionTypesTests
{
    [Theory]
    [InlineData(InteractionType.SharedTheirPost, InteractionDirection.Give)]
    [InlineData(InteractionType.HelpedWithQuestion, InteractionDirection.Give)]
    [InlineData(InteractionType.AskedForMeeting, InteractionDirection.Ask)]
    [InlineData(InteractionType.AskedForSale, InteractionDirection.Ask)]
    [InlineData(InteractionType.ReceivedReferral, InteractionDirection.Received)]
    [InlineData(InteractionType.ReceivedBusiness, InteractionDirection.Received)]
    public void Each_type_belongs_to_its_direction(InteractionType type, InteractionDirection expected) =>
        Assert.Equal(expected, InteractionTypes.DirectionOf(type));

    [Fact]
    public void Every_type_has_a_label_in_words_and_one_direction()
    {
        var all = Enum.GetValues<InteractionType>();
        var byDirection = Enum.GetValues<InteractionDirection>().SelectMany(InteractionTypes.Of).ToList();

        Assert.Equal(all.Length, byDirection.Count);
        Assert.Equal(all.Length, all.Select(InteractionTypes.Label).Distinct().Count());
        Assert.All(all, t => Assert.False(string.IsNullOrWhiteSpace(InteractionTypes.Label(t))));
    }
}
