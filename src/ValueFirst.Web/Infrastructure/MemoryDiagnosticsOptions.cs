using System.ComponentModel.DataAnnotations;

namespace ValueFirst.Web.Infrastructure;

/// <summary>The <c>Diagnostics</c> section: an opt-in memory log for finding where the process's memory goes.</summary>
public sealed class MemoryDiagnosticsOptions
{
    public const string Section = "Diagnostics";

    /// <summary>Seconds between two memory log lines; 0 (the default) logs nothing.</summary>
    [Range(0, 3600, ErrorMessage = "Diagnostics:MemoryLogSeconds must be between 0 (off) and 3600.")]
    public int MemoryLogSeconds { get; set; }
}
