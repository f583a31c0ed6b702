using Bogus;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Content;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Sessions;
using ValueFirst.Core.Tests.Content;
using ValueFirst.Core.Time;

namespace ValueFirst.Core.Tests.Sessions;

/// <summary>
/// Day one for a real user: 800 LinkedIn connections made over ten years, imported today, 5 invitations waiting,
/// 3 targets, 4 published articles. The advice must already be right: nobody connected is held for vetting, nobody
/// is "overdue by years", and the first connecting hour is balanced, varied and fits the hour.
/// </summary>
public sealed class FirstWeekOnARealNetworkTests
{
    private static readonly TimeZoneInfo Lisbon = TimeZoneInfo.FindSystemTimeZoneById("Europe/Lisbon");
    private static readonly DateTimeOffset ImportDay = new(2026, 3, 24, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = LocalDays.Today(ImportDay, Lisbon);
    private static readonly string[] Tags = ["fintech", "saas", "pricing", "ai", "payments", "hr", "logistics"];

    private readonly Faker faker = new("en") { Random = new Randomizer(20261202) };
    private readonly List<LedgerContact> connected;
    private readonly List<SessionContact> pending;
    private readonly List<SessionContact> targets;
    private readonly List<ContentItem> content;

    public FirstWeekOnARealNetworkTests()
    {
        var id = 0;
        connected = Enumerable.Range(0, 800).Select(_ =>
        {
            var connectedOn = Today.AddDays(-faker.Random.Int(1, 3650));
            var tags = faker.Random.Bool(0.3f) ? faker.PickRandom(Tags, faker.Random.Int(1, 2)).ToList() : [];
            var role = faker.Random.WeightedRandom([PipelineRole.Peer, PipelineRole.Prospect, PipelineRole.ReferralSource, PipelineRole.Resource], [0.7f, 0.15f, 0.1f, 0.05f]);
            return new LedgerContact(++id, faker.Name.FullName(), faker.Company.CompanyName(), tags, role, ConnectionState.Connected,
                faker.Random.Int(0, 90), null, ContactLedgerFacts.None(connectedOn, firstSeenOn: Today), faker.Name.JobTitle());
        }).ToList();
        pending =
        [
            .. Enumerable.Range(0, 3).Select(_ => new SessionContact(++id, faker.Name.FullName(), faker.Company.CompanyName(), [], 40)),
            new SessionContact(++id, faker.Name.FullName(), null, [], 70, Signals: VettingSignals.PersonalNote, ConnectionCount: 600),
            new SessionContact(++id, faker.Name.FullName(), null, [], 10, Signals: VettingSignals.ConstantSeller, ConnectionCount: 3000),
        ];
        targets = Enumerable.Range(0, 3)
            .Select(_ => new SessionContact(++id, faker.Name.FullName(), faker.Company.CompanyName(), [faker.PickRandom(Tags)], faker.Random.Int(40, 90), faker.Name.JobTitle()))
            .ToList();
        content =
        [
            .. Enumerable.Range(0, 4).Select(i => ContentItemBuilder.Article().At($"articles/{i}.md").Tagged(Tags[i], Tags[i + 1])
                .WithStatus(ContentStatus.Published).On(2026, 1 + i % 2, 10 + i).Build()),
            ContentItemBuilder.Article().At("drafts/next.md").WithStatus(ContentStatus.Draft).On(2026, 3, 26).Build(),
        ];
    }

    [Fact]
    public void No_connected_contact_is_held_for_vetting_and_every_invitation_is_vetted()
    {
        Assert.All(connected, c => Assert.Null(VettingRules.AdviceFor(c.ConnectionState, VettingSignals.None, null)));
        Assert.All(pending, p => Assert.NotNull(VettingRules.AdviceFor(ConnectionState.Pending, p.Signals, p.ConnectionCount)));
    }

    [Fact]
    public void Nobody_is_overdue_on_the_import_day_and_only_a_few_new_relationships_are_asked_for()
    {
        var dues = connected.Select(c => GiveCadence.Evaluate(c.Facts, GiveCadence.DaysFor(null, c.Tags, c.Role, ReadinessSettings.Default), ImportDay, Lisbon));
        var giveFirst = GiveFirstRanking.Rank(connected, ReadinessSettings.Default, ImportDay, Lisbon);

        Assert.DoesNotContain(dues, d => d.IsOverdue);
        Assert.Equal(ReadinessSettings.Default.NewRelationshipsPerWeek, giveFirst.Count);
        Assert.All(giveFirst, e => Assert.Equal((GiveTurn.FirstGive, 0), (e.Turn, e.OverdueDays)));
        Assert.All(giveFirst, e => Assert.DoesNotMatch(@"\d{3,} days", e.Reason + e.Why));
    }

    [Fact]
    public void The_first_hour_serves_every_section_with_candidates_varies_the_gives_and_fits_the_slot()
    {
        var inputs = new WeeklySessionInputs(
            Today, IsoWeek.Of(Today), 60, connected.Count + pending.Count + targets.Count,
            GiveFirstRanking.Rank(connected, ReadinessSettings.Default, ImportDay, Lisbon),
            GiveFirstRanking.RankEarnedAsks(connected, ReadinessSettings.Default, ImportDay, Lisbon, WeeklySessionBuilder.MaxAsks),
            pending, targets, [],
            connected.Where(c => c.Tags.Count > 0).Select(c => new SessionContact(c.Id, c.Name, c.Company, c.Tags, c.FitScore)).ToList(),
            content);

        var plan = WeeklySessionBuilder.Build(inputs);

        var sections = plan.Items.Select(i => i.Section).ToHashSet();
        Assert.Superset(new HashSet<SessionSection> { SessionSection.VetInvitations, SessionSection.GiveValue, SessionSection.ReachOut, SessionSection.PublishOrShare }, sections);
        var gives = plan.Items.Where(i => i.Section == SessionSection.GiveValue).ToList();
        var mostOfOneKind = gives.GroupBy(g => g.Interaction).Max(g => g.Count());
        Assert.True(mostOfOneKind <= (gives.Count + 2) / 3, $"{mostOfOneKind} of {gives.Count} gives are of one kind");
        Assert.True(plan.PlannedMinutes <= 60);
        Assert.All(plan.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Reason)));
        Assert.DoesNotContain(plan.Items, i => i.Section == SessionSection.VetInvitations && connected.Any(c => c.Id == i.ContactId));
    }
}
