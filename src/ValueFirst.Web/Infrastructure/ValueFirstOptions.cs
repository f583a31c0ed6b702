using System.ComponentModel.DataAnnotations;

namespace ValueFirst.Web.Infrastructure;

/// <summary>The app-wide settings under the <c>ValueFirst</c> section.</summary>
public sealed class ValueFirstOptions
{
    public const string Section = "ValueFirst";

    /// <summary>Folder of Markdown drafts; relative paths are resolved against the repository root or content root.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "ValueFirst:ContentPath must name a folder of Markdown drafts.")]
    public string ContentPath { get; set; } = "content";

    /// <summary>Folder for the SQLite file, the mail outbox and other local state.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "ValueFirst:DataPath must name a writable folder.")]
    public string DataPath { get; set; } = "App_Data";

    /// <summary>Largest draft file read (bytes); a bigger file in the content folder is a named problem, not parsed.</summary>
    [Range(1024, 64L * 1024 * 1024, ErrorMessage = "ValueFirst:MaxDraftBytes must be between 1024 and 67108864 bytes.")]
    public long MaxDraftBytes { get; set; } = ValueFirst.Core.Content.ContentFolder.DefaultMaxDraftBytes;

    /// <summary>Only when true does a new account need to confirm its email before signing in (needs SMTP).</summary>
    public bool RequireConfirmedAccount { get; set; }
}
