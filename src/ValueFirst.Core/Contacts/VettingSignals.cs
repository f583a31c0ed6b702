namespace ValueFirst.Core.Contacts;

/// <summary>
/// What the user noticed about a person before connecting, as ticked on the vetting page.
/// Stored as flags so a contact keeps every signal in one column; the connection count is separate
/// because its threshold is a setting.
/// </summary>
[Flags]
public enum VettingSignals
{
    None = 0,

    // Signals against.
    /// <summary>No photo, a logo or a group photo instead of a face.</summary>
    NoPhoto = 1 << 0,
    SolicitorOrSpammer = 1 << 1,
    /// <summary>Posts sales pitches all the time.</summary>
    ConstantSeller = 1 << 2,
    /// <summary>Newbie or inactive: rarely posts, shares, likes or comments.</summary>
    Inactive = 1 << 3,
    /// <summary>Controversy, politics or religion in their posts.</summary>
    Controversial = 1 << 4,
    DirectCompetitor = 1 << 5,

    // Signals for.
    KnowPersonally = 1 << 10,
    FormerColleagueOrClient = 1 << 11,
    IntroducedByTrustedContact = 1 << 12,
    MetInGroupDiscussion = 1 << 13,
    /// <summary>Their request came with a personal note explaining why.</summary>
    PersonalNote = 1 << 14,
}
