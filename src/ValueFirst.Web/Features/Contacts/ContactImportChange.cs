namespace ValueFirst.Web.Features.Contacts;

/// <summary>One line of an import's change report: who, and for a new role what it was and is.</summary>
public sealed class ContactImportChange
{
    public long Id { get; set; }

    public long ImportId { get; set; }

    public int? ContactId { get; set; }

    public ImportChangeKind Kind { get; set; }

    public required string Name { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }
}
