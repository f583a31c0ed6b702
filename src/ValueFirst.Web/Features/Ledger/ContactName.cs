namespace ValueFirst.Web.Features.Ledger;

/// <summary>A contact's id and name, as a query shape other features can join their own rows with.</summary>
public sealed class ContactName
{
    public int Id { get; init; }

    public required string Name { get; init; }
}
