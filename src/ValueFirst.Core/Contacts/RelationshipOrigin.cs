namespace ValueFirst.Core.Contacts;

/// <summary>How I came to know a contact.</summary>
public enum RelationshipOrigin
{
    Unknown,
    MetInPerson,
    FormerColleague,
    Client,
    UniversityAlum,
    IntroducedByContact,
    MetInGroup,
    RespectedOnline,
}
