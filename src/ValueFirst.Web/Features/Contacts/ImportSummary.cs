namespace ValueFirst.Web.Features.Contacts;

/// <summary>An import as its result and the history show it: its counts and the names in its change report.</summary>
public sealed record ImportSummary(
    long Id,
    DateTime ImportedUtc,
    string Files,
    int Added,
    int Updated,
    int Unchanged,
    int Skipped,
    bool FirstConnections,
    int NewConnections,
    int RoleChanges,
    int Disappeared,
    int IncomingInvitations,
    int OutgoingInvitations,
    int Messages,
    int Posts,
    DateTime? MessagesDeletedUtc,
    IReadOnlyList<ContactImportChange> Changes)
{
    public ImportSummary(ContactImport record)
        : this(
            (record ?? throw new ArgumentNullException(nameof(record))).Id, record.ImportedUtc, record.Files, record.Added, record.Updated, record.Unchanged, record.Skipped,
            record.FirstConnections, record.NewConnections, record.RoleChanges, record.Disappeared, record.IncomingInvitations, record.OutgoingInvitations,
            record.Messages, record.Posts, record.MessagesDeletedUtc, record.Changes.OrderBy(c => c.Kind).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToList())
    {
    }

    public bool HasChanges => NewConnections + RoleChanges + Disappeared > 0;
}
