namespace ValueFirst.Web.Features.Contacts;

/// <summary>The fields the merge screen lets the user take from the contact being merged away (the survivor's are kept otherwise).</summary>
[Flags]
public enum MergeFields
{
    None = 0,
    Name = 1 << 0,
    Headline = 1 << 1,
    Position = 1 << 2,
    Company = 1 << 3,
    ProfileUrl = 1 << 4,
    Email = 1 << 5,
    Location = 1 << 6,
    ConnectedOn = 1 << 7,
    State = 1 << 8,
    Role = 1 << 9,
    Strength = 1 << 10,
    Notes = 1 << 11,
}
