using Bogus;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Content;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Sessions;
using ValueFirst.Core.Time;

namespace ValueFirst.Core.Tests.Sessions;

/// <summary>
/// A week's builder inputs: ISO week 2026-W13 (Mon 23 – Sun 29 March), built on Tue 24 March, an hour long,
/// a non-empty book. Tests add only the contacts, entries and content their rule is about.
/// </summary>
internal sealed class SessionInputsBuilder
{
    public static readonly IsoWeek Week = new(2026, 13);
    public static readonly DateOnly Today = new(2026, 3, 24);

    private static readonly Faker Faker = new("en");
    private static int nextId = 1000;

    private readonly List<GiveFirstEntry> gives = [];
    private readonly List<GiveFirstEntry> asks = [];
    private readonly List<SessionContact> pending = [];
    private readonly List<SessionContact> targets = [];
    private readonly List<SessionContact> followUps = [];
    private readonly List<SessionContact> connected = [];
    private readonly List<ContentItem> content = [];
    private int duration = 60;
    private int? contactCount;
    private SessionEstimates? estimates;
    private SessionCaps? caps;
    private PathInputs? path;

    /// <summary>The relationship path with nothing in it yet.</summary>
    public static PathInputs EmptyPath { get; } = PathInputs.Empty;

    public static int NextId() => Interlocked.Increment(ref nextId);

    public static GiveFirstEntry Entry(string? name = null, string[]? tags = null, AskState state = AskState.GiveFirst, int fit = 50) =>
        new(NextId(), name ?? Faker.Name.FullName(), null, tags ?? [], PipelineRole.Peer, fit, state, 0, 10, "2 of 3 gives since your last ask");

    public static SessionContact Contact(string? name = null, string[]? tags = null, int fit = 50, DateOnly? followUpOn = null,
        VettingSignals signals = VettingSignals.None, int? connections = null, string? headline = null) =>
        new(NextId(), name ?? Faker.Name.FullName(), null, tags ?? [], fit, headline, followUpOn, signals, connections);

    public SessionInputsBuilder Lasting(int minutes)
    {
        duration = minutes;
        return this;
    }

    public SessionInputsBuilder EmptyBook()
    {
        contactCount = 0;
        return this;
    }

    public SessionInputsBuilder WithEstimates(SessionEstimates value)
    {
        estimates = value;
        return this;
    }

    public SessionInputsBuilder WithCaps(SessionCaps value)
    {
        caps = value;
        return this;
    }

    public SessionInputsBuilder WithPath(Func<PathInputs, PathInputs> change)
    {
        path = change(path ?? EmptyPath);
        return this;
    }

    public SessionInputsBuilder Giving(params GiveFirstEntry[] entries)
    {
        gives.AddRange(entries);
        return this;
    }

    public SessionInputsBuilder Giving(int count)
    {
        for (var i = 0; i < count; i++)
        {
            gives.Add(Entry());
        }

        return this;
    }

    public SessionInputsBuilder Asking(params GiveFirstEntry[] entries)
    {
        asks.AddRange(entries);
        return this;
    }

    public SessionInputsBuilder Pending(params SessionContact[] contacts)
    {
        pending.AddRange(contacts);
        return this;
    }

    public SessionInputsBuilder Targets(params SessionContact[] contacts)
    {
        targets.AddRange(contacts);
        return this;
    }

    public SessionInputsBuilder FollowUps(params SessionContact[] contacts)
    {
        followUps.AddRange(contacts);
        return this;
    }

    public SessionInputsBuilder Connected(params SessionContact[] contacts)
    {
        connected.AddRange(contacts);
        return this;
    }

    public SessionInputsBuilder WithContent(params ContentItem[] items)
    {
        content.AddRange(items);
        return this;
    }

    public WeeklySessionInputs Build() => new(
        Today, Week, duration,
        contactCount ?? Math.Max(1, gives.Count + asks.Count + pending.Count + targets.Count + followUps.Count + connected.Count),
        gives, asks, pending, targets, followUps, connected, content, estimates, Caps: caps, Path: path);

    public WeeklySessionPlan Plan() => WeeklySessionBuilder.Build(Build());
}
