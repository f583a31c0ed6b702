using ValueFirst.Core.Contacts;

namespace ValueFirst.Web.Features.Contacts;

/// <summary>Bridges the entity to <see cref="FitScorer"/>, so every save path scores the same fields.</summary>
public static class ContactFit
{
    public static FitSubject Subject(Contact contact) =>
        new(contact.Headline, contact.Position, contact.Company, contact.Location, contact.Tags);

    public static FitScore Score(Contact contact, IdealClientProfileTerms profile) => FitScorer.Score(Subject(contact), profile);

    public static void Rescore(Contact contact, IdealClientProfileTerms profile) => contact.FitScore = Score(contact, profile).Score;
}
