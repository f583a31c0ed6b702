using ValueFirst.Core.Contacts;

namespace ValueFirst.Web.Features.Contacts;

/// <summary>
/// What the contact book already says about how you know someone, as the vetting page's "signals for": a contact
/// recorded as met in person starts with "I know them personally" ticked, and so on. Only for an invitation not
/// vetted yet; once vetted, the signals ticked then are kept.
/// </summary>
public static class OriginSignals
{
    public static VettingSignals For(RelationshipOrigin origin) => origin switch
    {
        RelationshipOrigin.MetInPerson => VettingSignals.KnowPersonally,
        RelationshipOrigin.FormerColleague or RelationshipOrigin.Client => VettingSignals.FormerColleagueOrClient,
        RelationshipOrigin.IntroducedByContact => VettingSignals.IntroducedByTrustedContact,
        RelationshipOrigin.MetInGroup => VettingSignals.MetInGroupDiscussion,
        _ => VettingSignals.None,
    };

    /// <summary>The signals the vetting page starts with for <paramref name="contact"/>.</summary>
    public static VettingSignals Initial(Contact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return contact.VettedUtc is null ? contact.VettingSignals | For(contact.Origin) : contact.VettingSignals;
    }
}
