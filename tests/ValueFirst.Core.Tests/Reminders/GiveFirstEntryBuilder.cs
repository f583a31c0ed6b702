using Bogus;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;

namespace ValueFirst.Core.Tests.Reminders;

/// <summary>Give-first rows with realistic filler; tests set only what their rule is about.</summary>
internal static class GiveFirstEntryBuilder
{
    private static readonly Faker Faker = new("en");
    private static int nextId = 1;

    public static GiveFirstEntry Entry(string? name = null, string? company = null, int? daysSinceLastGive = 12, string[]? tags = null, string? reason = null) =>
        new(
            ContactId: Interlocked.Increment(ref nextId),
            Name: name ?? Faker.Name.FullName(),
            Company: company,
            Tags: tags ?? [],
            Role: PipelineRole.Peer,
            FitScore: Faker.Random.Int(0, 100),
            State: AskState.GiveFirst,
            OverdueDays: 3,
            DaysSinceLastGive: daysSinceLastGive,
            Reason: reason ?? "1 of 3 gives since your last ask");

    public static IReadOnlyList<GiveFirstEntry> Entries(int count) =>
        Enumerable.Range(0, count).Select(_ => Entry()).ToList();
}
