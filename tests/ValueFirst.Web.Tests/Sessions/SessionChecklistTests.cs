using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Sessions;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Ledger;
using ValueFirst.Web.Features.Sessions;
using ValueFirst.Web.Tests.Infrastructure;
using ValueFirst.Web.Tests.Reminders;

namespace ValueFirst.Web.Tests.Sessions;

/// <summary>Ticking items does the real work (ledger, vetting, invitation) and only for the session's owner.</summary>
[Trait(BothProviders.Trait, BothProviders.Value)]
public sealed class SessionChecklistTests : IDisposable
{
    private readonly ReminderWorld world = new();

    private async Task<WeeklySession> BuildAsync(string userId)
    {
        using var scope = world.App.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<SessionPlanner>().BuildAsync(userId)).Session;
    }

    private async Task<TickResult> TickAsync(string userId, long itemId, bool done = true, string? note = null, bool confirm = false)
    {
        using var scope = world.App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SessionChecklist>().TickAsync(userId, itemId, done, note, confirm);
    }

    private Task<int> CountAsync(int contactId, InteractionDirection direction) =>
        world.App.WithDbAsync(db => db.Set<Interaction>().CountAsync(i => i.ContactId == contactId && i.Direction == direction));

    private Task<Contact> ContactAsync(int id) => world.App.WithDbAsync(db => db.Set<Contact>().AsNoTracking().SingleAsync(c => c.Id == id));

    private Task<int> SetStateAsync(int id, ConnectionState state, VettingSignals signals = VettingSignals.None) =>
        world.App.WithDbAsync(db => db.Set<Contact>().Where(c => c.Id == id)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.State, state).SetProperty(c => c.VettingSignals, signals)));

    [Fact]
    public async Task Ticking_a_give_records_one_give_in_the_ledger_and_unticking_takes_it_back()
    {
        var user = await world.UserAsync();
        var ada = await world.ContactAsync(user, "Ada Lovelace");
        var give = (await BuildAsync(user)).Items.Single(i => i.Section == SessionSection.GiveValue && i.ContactId == ada);

        Assert.Equal(TickOutcome.Done, (await TickAsync(user, give.Id)).Outcome);
        Assert.Equal(TickOutcome.Done, (await TickAsync(user, give.Id)).Outcome); // a double click
        Assert.Equal(1, await CountAsync(ada, InteractionDirection.Give));

        Assert.Equal(TickOutcome.Undone, (await TickAsync(user, give.Id, done: false)).Outcome);
        Assert.Equal(0, await CountAsync(ada, InteractionDirection.Give));
        var logs = await world.App.WithDbAsync(db => db.Set<SessionItemLog>().Where(l => l.SessionItemId == give.Id).OrderBy(l => l.Id).Select(l => l.Done).ToListAsync());
        Assert.Equal([true, false], logs);
    }

    [Fact]
    public async Task An_ask_that_is_not_earned_needs_a_second_confirmation_before_it_is_recorded()
    {
        var user = await world.UserAsync();
        var bob = await world.ContactAsync(user, "Bob Unearned");
        var session = await BuildAsync(user);
        // The ask was earned when the list was built; since then it is not (e.g. gives were removed).
        var ask = new SessionItem { SessionId = session.Id, Section = SessionSection.EarnedAsks, Order = 99, ContactId = bob, Title = "Bob", Suggestion = "Ask", Fitted = true, Interaction = InteractionType.AskedForMeeting };
        await world.App.WithDbAsync(async db => { db.Add(ask); return await db.SaveChangesAsync(); });

        var first = await TickAsync(user, ask.Id);

        Assert.Equal(TickOutcome.NeedsConfirmation, first.Outcome);
        Assert.Contains("not earned", first.Message);
        Assert.Equal(0, await CountAsync(bob, InteractionDirection.Ask));
        Assert.Null((await world.App.WithDbAsync(db => db.Set<SessionItem>().SingleAsync(i => i.Id == ask.Id))).DoneUtc);

        Assert.Equal(TickOutcome.Done, (await TickAsync(user, ask.Id, confirm: true)).Outcome);
        Assert.Equal(1, await CountAsync(bob, InteractionDirection.Ask));
    }

    [Fact]
    public async Task A_reach_out_without_a_personal_note_is_refused_and_with_one_the_contact_is_invited()
    {
        var user = await world.UserAsync();
        var tara = await world.ContactAsync(user, "Tara Target", state: ConnectionState.Target);
        // Someone you know personally needs no warm-up: the hour's reach-out is the invitation itself.
        await SetStateAsync(tara, ConnectionState.Target, VettingSignals.KnowPersonally);
        var reach = (await BuildAsync(user)).Items.Single(i => i.Section == SessionSection.ReachOut);
        Assert.True(reach.RequiresNote);

        Assert.Equal(TickOutcome.NoteRequired, (await TickAsync(user, reach.Id, note: "   ")).Outcome);
        Assert.Equal(ConnectionState.Target, (await ContactAsync(tara)).State);

        Assert.Equal(TickOutcome.Done, (await TickAsync(user, reach.Id, note: "Loved your talk on pricing at SaaStock.")).Outcome);
        Assert.Equal(ConnectionState.Invited, (await ContactAsync(tara)).State);
        var item = await world.App.WithDbAsync(db => db.Set<SessionItem>().SingleAsync(i => i.Id == reach.Id));
        Assert.Equal("Loved your talk on pricing at SaaStock.", item.Note);
        Assert.NotNull(item.DoneUtc);
    }

    [Fact]
    public async Task Ticking_a_vetting_item_records_the_rules_decision()
    {
        var user = await world.UserAsync();
        var spammer = await world.ContactAsync(user, "Sam Spam", state: ConnectionState.Pending);
        await SetStateAsync(spammer, ConnectionState.Pending, VettingSignals.SolicitorOrSpammer);
        var vet = (await BuildAsync(user)).Items.Single(i => i.Section == SessionSection.VetInvitations);
        Assert.Equal(VettingOutcome.Decline, vet.Decision);

        Assert.Equal(TickOutcome.Done, (await TickAsync(user, vet.Id)).Outcome);

        var contact = await ContactAsync(spammer);
        Assert.Equal(ConnectionState.Declined, contact.State);
        Assert.Equal(VettingOutcome.Decline, contact.VettingDecision);
        Assert.NotNull(contact.VettedUtc);
    }

    [Fact]
    public async Task Another_users_item_cannot_be_ticked_and_their_session_page_answers_404()
    {
        var alice = await AccountSession.RegisterAndSignInAsync(world.App, "alice-session@example.com");
        var bob = await AccountSession.RegisterAndSignInAsync(world.App, "bob-session@example.com");
        var aliceId = await world.App.WithDbAsync(db => db.Users.Where(u => u.Email == "alice-session@example.com").Select(u => u.Id).SingleAsync());
        var bobId = await world.App.WithDbAsync(db => db.Users.Where(u => u.Email == "bob-session@example.com").Select(u => u.Id).SingleAsync());
        var secret = await world.ContactAsync(aliceId, "Alice's Secret Client");
        var session = await BuildAsync(aliceId);
        var give = session.Items.Single(i => i.ContactId == secret);

        Assert.Same(TickResult.NotFound, await TickAsync(bobId, give.Id));
        Assert.Equal(0, await CountAsync(secret, InteractionDirection.Give));

        var own = await alice.GetAsync($"/session/{session.Id}");
        var foreign = await bob.GetAsync($"/session/{session.Id}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("Alice&#x27;s Secret Client", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.DoesNotContain("Secret Client", await foreign.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_session_page_offers_start_now_until_a_session_exists_and_the_dashboard_shows_progress()
    {
        var client = await AccountSession.RegisterAndSignInAsync(world.App, "page-session@example.com");
        var user = await world.App.WithDbAsync(db => db.Users.Where(u => u.Email == "page-session@example.com").Select(u => u.Id).SingleAsync());

        var empty = await client.GetStringAsync("/session");
        Assert.Contains("Start now", empty, StringComparison.Ordinal);

        var session = await BuildAsync(user); // an empty book: the first-week checklist
        await TickAsync(user, session.Items[0].Id);
        var page = await client.GetStringAsync("/session");
        var home = await client.GetStringAsync("/");

        Assert.Contains("Import your LinkedIn connections", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">Start now<", page, StringComparison.Ordinal);
        Assert.Contains("1 of 3", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_timer_keeps_its_elapsed_time_across_pause_and_a_fresh_read()
    {
        var user = await world.UserAsync();
        var session = await BuildAsync(user);
        using (var scope = world.App.Services.CreateScope())
        {
            var stopwatch = scope.ServiceProvider.GetRequiredService<SessionStopwatch>();
            await stopwatch.StartAsync(user, session.Id);
            world.Clock.Advance(TimeSpan.FromMinutes(20));
            await stopwatch.PauseAsync(user, session.Id);
            world.Clock.Advance(TimeSpan.FromHours(2));
        }

        using var read = world.App.Services.CreateScope();
        var stored = await read.ServiceProvider.GetRequiredService<SessionRecords>().GetAsync(user, session.Id);
        Assert.Equal(TimeSpan.FromMinutes(20), stored!.Timer.Elapsed(world.Clock.GetUtcNow()));
        Assert.False(stored.Timer.IsRunning);
    }

    [Fact]
    public async Task The_calendar_feed_has_the_weekly_slot_as_a_recurring_event_in_the_slots_zone()
    {
        var client = await AccountSession.RegisterAndSignInAsync(world.App, "feed-session@example.com");
        var user = await world.App.WithDbAsync(db => db.Users.Where(u => u.Email == "feed-session@example.com").Select(u => u.Id).SingleAsync());
        await world.SlotAsync(user, DayOfWeek.Tuesday, hour: 14, zone: "Europe/Berlin");
        (await client.GetAsync("/calendar")).EnsureSuccessStatusCode();
        var token = await world.App.WithDbAsync(db => db.Set<Web.Features.Content.ContentSettings>().Where(s => s.UserId == user).Select(s => s.FeedToken).SingleAsync());

        var text = await world.App.CreateClient().GetStringAsync($"/calendar/{token}.ics");

        var calendar = Ical.Net.Calendar.Load(text)!;
        var hour = calendar.Events.Single(e => e.Summary == "Weekly connecting hour");
        Assert.Equal("Europe/Berlin", hour.Start!.TzId);
        Assert.Equal(new TimeOnly(14, 0), hour.Start.Time);
        Assert.Contains("RRULE:FREQ=WEEKLY;BYDAY=TU", text, StringComparison.Ordinal);
        Assert.Contains("BEGIN:VTIMEZONE", text, StringComparison.Ordinal);
    }

    public void Dispose() => world.Dispose();
}
