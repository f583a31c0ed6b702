namespace ValueFirst.Core.Contacts;

/// <summary>
/// Think before you connect: turns the signals noticed on a profile into accept, hold (ask a question
/// first) or decline, listing every reason. Only people I am not connected with are vetted: an incoming invitation
/// and a target I plan to invite (<see cref="SubjectOf"/>). The default rules, in order:
/// <list type="number">
/// <item>a solicitor or spammer, or someone who posts sales pitches all the time → decline;</item>
/// <item>an incoming invitation that is generic (no personal note, no signal for) → hold;</item>
/// <item>fewer than <see cref="VettingThresholds.MinConnections"/> connections, no photo or inactive → hold,
/// unless a strong signal for (know personally, former colleague or client, trusted introduction);</item>
/// <item>otherwise accept.</item>
/// </list>
/// Competitors and controversy are listed as things to keep in mind, or hold like rule 3 when the thresholds say so.
/// </summary>
public static class VettingRules
{
    /// <summary>Who the rules judge for a contact in this state; null when it needs no vetting (connected, invited, declined, suspended).</summary>
    public static VettingSubject? SubjectOf(ConnectionState state) => state switch
    {
        ConnectionState.Pending => VettingSubject.IncomingInvitation,
        ConnectionState.Target => VettingSubject.Target,
        _ => null,
    };

    /// <summary>The rules' advice for a contact in its current state; null for a contact that is not vetted (already connected, invited, declined).</summary>
    public static VettingDecision? AdviceFor(ConnectionState state, VettingSignals signals, int? connectionCount, VettingThresholds? thresholds = null) =>
        SubjectOf(state) is { } subject ? Decide(new VettingInput(signals, connectionCount, subject), thresholds) : null;

    public static VettingDecision Decide(VettingInput input, VettingThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        thresholds ??= VettingThresholds.Default;
        var signals = input.Signals;
        var reasons = new List<string>();

        var declining = Against(signals, VettingSignals.SolicitorOrSpammer | VettingSignals.ConstantSeller);
        if (declining.Count > 0)
        {
            reasons.AddRange(declining.Select(s => $"{VettingSignalInfo.Label(s)}: {(input.Subject == VettingSubject.Target ? "do not invite" : "decline")}."));
            reasons.AddRange(ForReasons(signals, "even so"));
            return new VettingDecision(VettingOutcome.Decline, reasons, input.Subject);
        }

        var hold = false;
        // A note is what the inviter writes: for a target, the note is mine to write when I invite.
        if (input.Subject == VettingSubject.IncomingInvitation && (signals & VettingSignalInfo.AnyFor) == 0)
        {
            hold = true;
            reasons.Add("Generic request: no personal note and nothing that connects you. Ask them a question first.");
        }

        var strong = (signals & VettingSignalInfo.Strong) != 0;
        var weakProfile = new List<string>();
        if (input.ConnectionCount is { } count && count < thresholds.MinConnections)
        {
            weakProfile.Add($"Only {count} connections (fewer than {thresholds.MinConnections})");
        }

        weakProfile.AddRange(Against(signals, VettingSignals.NoPhoto | VettingSignals.Inactive).Select(VettingSignalInfo.Label));
        var optionalHolds = (thresholds.HoldCompetitors ? VettingSignals.DirectCompetitor : 0)
            | (thresholds.HoldControversial ? VettingSignals.Controversial : 0);
        weakProfile.AddRange(Against(signals, optionalHolds).Select(VettingSignalInfo.Label));

        foreach (var weakness in weakProfile)
        {
            if (strong)
            {
                reasons.Add($"{weakness}, outweighed by a strong signal for.");
            }
            else
            {
                hold = true;
                reasons.Add($"{weakness}: hold unless you know them.");
            }
        }

        var noted = VettingSignals.DirectCompetitor & ~optionalHolds | VettingSignals.Controversial & ~optionalHolds;
        reasons.AddRange(Against(signals, noted).Select(s => $"Keep in mind: {VettingSignalInfo.Label(s).ToLowerInvariant()}."));
        if (input.ConnectionCount is null)
        {
            reasons.Add("Connection count not entered, so it was not checked.");
        }

        reasons.AddRange(ForReasons(signals, null));
        if (!hold)
        {
            reasons.Add(input.Subject == VettingSubject.Target
                ? "Nothing stands in the way: invite them with a personal note that says why."
                : "Nothing stands in the way: accept.");
        }

        return new VettingDecision(hold ? VettingOutcome.Hold : VettingOutcome.Accept, reasons, input.Subject);
    }

    private static List<VettingSignals> Against(VettingSignals signals, VettingSignals mask) =>
        VettingSignalInfo.Against.Where(s => (mask & s) != 0 && (signals & s) != 0).ToList();

    private static IEnumerable<string> ForReasons(VettingSignals signals, string? suffix) =>
        VettingSignalInfo.For
            .Where(s => (signals & s) != 0)
            .Select(s => suffix is null ? $"For: {VettingSignalInfo.Label(s)}." : $"For ({suffix}): {VettingSignalInfo.Label(s)}.");
}
