using ValueFirst.Core.Ledger;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>A contact with its balance figures, ask state and give cadence, as the balance page shows it.</summary>
public sealed record BalanceRow(LedgerContact Contact, AskReadinessResult Readiness, GiveDue Due)
{
    public ContactLedgerFacts Facts => Contact.Facts;

    public static BalanceRow Evaluate(LedgerContact contact, LedgerInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(inputs);
        var cadence = GiveCadence.DaysFor(contact.GiveCadenceDays, contact.Tags, contact.Role, inputs.Settings);
        return new BalanceRow(
            contact,
            AskReadiness.Evaluate(contact.Facts, inputs.Settings, inputs.Now, inputs.Zone),
            GiveCadence.Evaluate(contact.Facts, cadence, inputs.Now, inputs.Zone));
    }
}
