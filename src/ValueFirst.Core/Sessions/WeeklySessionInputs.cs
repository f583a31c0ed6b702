using ValueFirst.Core.Contacts;
using ValueFirst.Core.Content;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Time;

namespace ValueFirst.Core.Sessions;

/// <summary>
/// Everything one week's checklist is built from, gathered by the caller as plain data (already scoped to one
/// user and already ranked where the ledger ranks): the builder itself reads no database and no clock.
/// </summary>
/// <param name="Today">The local date in the user's zone when the session is built.</param>
/// <param name="Week">The ISO week (in the user's zone) the session belongs to.</param>
/// <param name="ContactCount">Every contact in the book, whatever its state; zero means an empty book.</param>
/// <param name="GiveFirst">The ledger's "give before any ask" list, best first.</param>
/// <param name="EarnedAsks">The ledger's earned asks, best fit first.</param>
/// <param name="Pending">Invitations waiting for a decision, oldest first.</param>
/// <param name="Targets">Contacts not yet invited, best fit first (the builder vets them as people to invite).</param>
/// <param name="FollowUps">Contacts whose follow-up date is set, earliest first.</param>
/// <param name="Connected">Connected contacts with tags: the people a give can be an introduction to.</param>
/// <param name="Content">The content calendar's items.</param>
/// <param name="Path">The relationship path: warm-ups, engagement program, introductions, pipeline, review (none when null).</param>
public sealed record WeeklySessionInputs(
    DateOnly Today,
    IsoWeek Week,
    int DurationMinutes,
    int ContactCount,
    IReadOnlyList<GiveFirstEntry> GiveFirst,
    IReadOnlyList<GiveFirstEntry> EarnedAsks,
    IReadOnlyList<SessionContact> Pending,
    IReadOnlyList<SessionContact> Targets,
    IReadOnlyList<SessionContact> FollowUps,
    IReadOnlyList<SessionContact> Connected,
    IReadOnlyList<ContentItem> Content,
    SessionEstimates? Estimates = null,
    VettingThresholds? Vetting = null,
    SessionCaps? Caps = null,
    PathInputs? Path = null);
