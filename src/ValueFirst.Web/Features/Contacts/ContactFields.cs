namespace ValueFirst.Web.Features.Contacts;

/// <summary>The contact fields an import can write; a set flag in <see cref="Contact.HandEdited"/> protects the field.</summary>
[Flags]
public enum ContactFields
{
    None = 0,
    Name = 1 << 0,
    ProfileUrl = 1 << 1,
    Email = 1 << 2,
    Company = 1 << 3,
    Position = 1 << 4,
    ConnectedOn = 1 << 5,
}
