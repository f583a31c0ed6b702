namespace ValueFirst.Core.Contacts;

/// <summary>Why two contacts are probably one person, strongest first.</summary>
public enum DuplicateReason
{
    SameProfileUrl,
    SameEmail,
    SameNameAndCompany,
}
