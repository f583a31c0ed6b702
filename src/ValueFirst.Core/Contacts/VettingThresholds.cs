namespace ValueFirst.Core.Contacts;

/// <summary>
/// The tunable parts of <see cref="VettingRules"/>; the web app binds them from the <c>Vetting</c> settings.
/// </summary>
/// <param name="MinConnections">Fewer connections than this is a signal against (a new or thin profile).</param>
/// <param name="HoldCompetitors">When true a direct competitor is held unless a strong signal for; otherwise only noted.</param>
/// <param name="HoldControversial">When true controversy, politics or religion holds unless a strong signal for; otherwise only noted.</param>
public sealed record VettingThresholds(int MinConnections = 100, bool HoldCompetitors = false, bool HoldControversial = false)
{
    public static VettingThresholds Default { get; } = new();
}
