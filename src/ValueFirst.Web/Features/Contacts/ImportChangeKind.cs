namespace ValueFirst.Web.Features.Contacts;

/// <summary>What changed for one person since the previous import.</summary>
public enum ImportChangeKind
{
    NewConnection,
    RoleChanged,
    Disappeared,
}
