namespace ValueFirst.Web.Features.Contacts;

/// <summary>One import by one user, kept as their import history: what it read, what it changed, and the messages it brought.</summary>
public sealed class ContactImport
{
    public long Id { get; set; }

    public required string OwnerId { get; set; }

    public DateTime ImportedUtc { get; set; }

    /// <summary>The files it read ("Connections.csv, messages.csv"), or the uploaded name.</summary>
    public required string Files { get; set; }

    public int Added { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public int Skipped { get; set; }

    /// <summary>True when it read a Connections.csv and no earlier import had: everyone in it is new, none is gone.</summary>
    public bool FirstConnections { get; set; }

    public int NewConnections { get; set; }

    public int RoleChanges { get; set; }

    public int Disappeared { get; set; }

    public int IncomingInvitations { get; set; }

    public int OutgoingInvitations { get; set; }

    public int Messages { get; set; }

    public int Posts { get; set; }

    public DateTime? MessagesDeletedUtc { get; set; }

    public List<ContactImportChange> Changes { get; set; } = [];
}
