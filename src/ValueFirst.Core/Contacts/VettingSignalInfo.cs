namespace ValueFirst.Core.Contacts;

/// <summary>The signals in the order the vetting page shows them, with their labels in the user's words.</summary>
public static class VettingSignalInfo
{
    public static IReadOnlyList<VettingSignals> Against { get; } =
    [
        VettingSignals.NoPhoto,
        VettingSignals.SolicitorOrSpammer,
        VettingSignals.ConstantSeller,
        VettingSignals.Inactive,
        VettingSignals.Controversial,
        VettingSignals.DirectCompetitor,
    ];

    public static IReadOnlyList<VettingSignals> For { get; } =
    [
        VettingSignals.KnowPersonally,
        VettingSignals.FormerColleagueOrClient,
        VettingSignals.IntroducedByTrustedContact,
        VettingSignals.MetInGroupDiscussion,
        VettingSignals.PersonalNote,
    ];

    /// <summary>Signals for that outweigh a thin or quiet profile.</summary>
    public const VettingSignals Strong =
        VettingSignals.KnowPersonally | VettingSignals.FormerColleagueOrClient | VettingSignals.IntroducedByTrustedContact;

    /// <summary>Every signal for; any one of them makes a request more than generic.</summary>
    public const VettingSignals AnyFor = Strong | VettingSignals.MetInGroupDiscussion | VettingSignals.PersonalNote;

    public static string Label(VettingSignals signal) => signal switch
    {
        VettingSignals.NoPhoto => "No photo (or a logo or group photo)",
        VettingSignals.SolicitorOrSpammer => "Solicitor or spammer",
        VettingSignals.ConstantSeller => "Posts sales pitches all the time",
        VettingSignals.Inactive => "New or inactive (rarely posts, shares, likes or comments)",
        VettingSignals.Controversial => "Controversy, politics or religion in their posts",
        VettingSignals.DirectCompetitor => "Direct competitor",
        VettingSignals.KnowPersonally => "I know them personally",
        VettingSignals.FormerColleagueOrClient => "Former colleague or client",
        VettingSignals.IntroducedByTrustedContact => "Introduced by a trusted contact",
        VettingSignals.MetInGroupDiscussion => "Met in a group discussion",
        VettingSignals.PersonalNote => "Their request came with a personal note",
        _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, "Name a single signal."),
    };
}
