using System.ComponentModel.DataAnnotations;

namespace ValueFirst.Web.Features.Contacts;

/// <summary>Limits of the LinkedIn import (<c>Contacts</c> section).</summary>
public sealed class ContactsOptions
{
    public const string Section = "Contacts";

    /// <summary>Largest upload accepted, CSV or ZIP, in bytes (a 20,000-connection export is about 2 MB).</summary>
    [Range(1024, 1_073_741_824, ErrorMessage = "Contacts:MaxUploadBytes must be between 1024 and 1073741824 bytes.")]
    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Most rows one import takes; a bigger file is refused as a whole.</summary>
    [Range(1, 1_000_000, ErrorMessage = "Contacts:MaxImportRows must be between 1 and 1000000.")]
    public int MaxImportRows { get; set; } = 50_000;
}
