using System.ComponentModel.DataAnnotations;

namespace ValueFirst.Web.Features.Contacts;

/// <summary>Limits of the LinkedIn import (<c>Contacts</c> section).</summary>
public sealed class ContactsOptions
{
    public const string Section = "Contacts";

    /// <summary>Largest upload accepted, CSV, ZIP or .vcf, in bytes (an export with 20,000 connections and 100,000 messages zips to about 10 MB).</summary>
    [Range(1024, 1_073_741_824, ErrorMessage = "Contacts:MaxUploadBytes must be between 1024 and 1073741824 bytes.")]
    public long MaxUploadBytes { get; set; } = 50 * 1024 * 1024;

    /// <summary>Most rows one file of an import takes (connections, invitations, posts, vCards); a bigger file is refused as a whole.</summary>
    [Range(1, 1_000_000, ErrorMessage = "Contacts:MaxImportRows must be between 1 and 1000000.")]
    public int MaxImportRows { get; set; } = 50_000;

    /// <summary>Most messages one messages.csv may hold; a bigger file is refused (the rest of the export is still imported).</summary>
    [Range(1, 5_000_000, ErrorMessage = "Contacts:MaxMessageRows must be between 1 and 5000000.")]
    public int MaxMessageRows { get; set; } = 500_000;

    /// <summary>Largest file inside an export ZIP once unpacked, in bytes; guards against a ZIP that unpacks to far more than it weighs.</summary>
    [Range(1024, 4_294_967_296, ErrorMessage = "Contacts:MaxUnpackedBytes must be between 1024 and 4294967296 bytes.")]
    public long MaxUnpackedBytes { get; set; } = 512L * 1024 * 1024;

    public Core.Contacts.ExportLimits ToLimits() => new(MaxImportRows, MaxMessageRows, MaxUnpackedBytes);
}
