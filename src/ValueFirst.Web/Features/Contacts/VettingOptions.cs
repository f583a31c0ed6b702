using System.ComponentModel.DataAnnotations;
using ValueFirst.Core.Contacts;

namespace ValueFirst.Web.Features.Contacts;

/// <summary>Thresholds of the vetting rules (<c>Vetting</c> section); see <see cref="VettingThresholds"/>.</summary>
public sealed class VettingOptions
{
    public const string Section = "Vetting";

    [Range(0, 30_000, ErrorMessage = "Vetting:MinConnections must be between 0 and 30000.")]
    public int MinConnections { get; set; } = 100;

    /// <summary>Hold a direct competitor (instead of only noting it) unless a strong signal for.</summary>
    public bool HoldCompetitors { get; set; }

    /// <summary>Hold someone who posts controversy, politics or religion (instead of only noting it) unless a strong signal for.</summary>
    public bool HoldControversial { get; set; }

    public VettingThresholds ToThresholds() => new(MinConnections, HoldCompetitors, HoldControversial);
}
