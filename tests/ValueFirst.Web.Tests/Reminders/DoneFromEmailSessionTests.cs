using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Sessions;
using ValueFirst.Core.Time;
using ValueFirst.Web.Features.Ledger;
using ValueFirst.Web.Features.Reminders;
using ValueFirst.Web.Features.Sessions;
using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Reminders;

/// <summary>
/// A give logged with the reminder's "Done" link and the weekly connecting hour of the reminder's week: the hour's
/// checklist counts it, whether the session was built before the link was used or after. The clock starts at a recent
/// real reminder time, because the data protector checks a link's expiry against the wall clock too.
/// </summary>
[Trait(BothProviders.Trait, BothProviders.Value)]
public sealed class DoneFromEmailSessionTests : IDisposable
{
    private readonly ReminderWorld world = new(now: ReminderWorld.RecentReminderDue());

    public void Dispose() => world.Dispose();

    [Fact]
    public async Task Done_from_email_ticks_the_contacts_give_in_that_weeks_checklist_logs_the_tick_and_a_later_tick_adds_no_give()
    {
        var user = await world.UserAsync();
        var ada = await world.ContactAsync(user, "Ada Lovelace");
        var session = await BuildAsync(user);
        var give = session.Items.Single(i => i.Section == SessionSection.GiveValue && i.ContactId == ada);

        Assert.Equal(EmailActionOutcome.Done, (await DoneAsync(user, ada, session.Week)).Outcome);

        var (item, logs, use) = await world.App.WithDbAsync(async db => (
            await db.Set<SessionItem>().AsNoTracking().SingleAsync(i => i.Id == give.Id),
            await db.Set<SessionItemLog>().AsNoTracking().Where(l => l.SessionItemId == give.Id).ToListAsync(),
            await db.Set<EmailActionUse>().AsNoTracking().SingleAsync(u => u.ContactId == ada)));
        Assert.NotNull(item.DoneUtc);
        Assert.Equal(use.InteractionId, item.InteractionId);
        var log = Assert.Single(logs);
        Assert.Equal((user, true), (log.OwnerId, log.Done));

        // The hour's own tick finds it done: still one give.
        Assert.Equal(TickOutcome.Done, (await TickAsync(user, give.Id, done: true)).Outcome);
        Assert.Equal(1, await GivesAsync(ada));
    }

    [Fact]
    public async Task Done_from_the_email_of_another_week_leaves_this_weeks_checklist_as_it_was()
    {
        var user = await world.UserAsync();
        var ada = await world.ContactAsync(user, "Ada Lovelace");
        var session = await BuildAsync(user);
        var give = session.Items.Single(i => i.Section == SessionSection.GiveValue && i.ContactId == ada);
        var lastWeek = IsoWeek.Of(session.Week.Monday.AddDays(-7));

        Assert.Equal(EmailActionOutcome.Done, (await DoneAsync(user, ada, lastWeek)).Outcome);

        var item = await world.App.WithDbAsync(db => db.Set<SessionItem>().AsNoTracking().SingleAsync(i => i.Id == give.Id));
        Assert.Null(item.DoneUtc);
        Assert.Equal(0, await world.App.WithDbAsync(db => db.Set<SessionItemLog>().CountAsync(l => l.SessionItemId == give.Id)));
    }

    [Fact]
    public async Task A_session_built_after_a_done_from_email_does_not_offer_that_give_again_as_undone()
    {
        var user = await world.UserAsync();
        var ada = await world.ContactAsync(user, "Ada Lovelace");
        var grace = await world.ContactAsync(user, "Grace Hopper");
        var week = await WeekAsync(user);

        Assert.Equal(EmailActionOutcome.Done, (await DoneAsync(user, ada, week)).Outcome);
        var session = await BuildAsync(user);

        Assert.Equal(week, session.Week);
        Assert.DoesNotContain(session.Items, i => i.Section == SessionSection.GiveValue && i.ContactId == ada && i.DoneUtc == null);
        Assert.Contains(session.Items, i => i.Section == SessionSection.GiveValue && i.ContactId == grace);
        Assert.Equal(1, await GivesAsync(ada));
    }

    [Fact]
    public async Task A_done_from_email_unticked_in_the_hour_is_no_longer_listed_as_done_and_the_same_link_logs_the_give_again()
    {
        var user = await world.UserAsync();
        var ada = await world.ContactAsync(user, "Ada Lovelace");
        var session = await BuildAsync(user);
        var give = session.Items.Single(i => i.Section == SessionSection.GiveValue && i.ContactId == ada);
        var token = Issue(user, ada, session.Week);
        Assert.Equal(EmailActionOutcome.Done, (await PerformAsync(token)).Outcome);
        Assert.Single(await DoneInWeekAsync(user, session.Week));

        Assert.Equal(TickOutcome.Undone, (await TickAsync(user, give.Id, done: false)).Outcome);

        Assert.Equal(0, await GivesAsync(ada));
        Assert.Empty(await DoneInWeekAsync(user, session.Week));
        using (var scope = world.App.Services.CreateScope())
        {
            Assert.Equal(EmailActionOutcome.Ready, (await scope.ServiceProvider.GetRequiredService<EmailActions>().OpenAsync(token)).Outcome);
        }

        Assert.Equal(EmailActionOutcome.Done, (await PerformAsync(token)).Outcome);
        Assert.Equal(1, await GivesAsync(ada));
        Assert.NotNull((await world.App.WithDbAsync(db => db.Set<SessionItem>().AsNoTracking().SingleAsync(i => i.Id == give.Id))).DoneUtc);
        Assert.Equal(EmailActionOutcome.AlreadyDone, (await PerformAsync(token)).Outcome);
        Assert.Equal(1, await GivesAsync(ada));
    }

    private Task<EmailActionResult> DoneAsync(string user, int contact, IsoWeek week) => PerformAsync(Issue(user, contact, week));

    private string Issue(string user, int contact, IsoWeek week)
    {
        using var scope = world.App.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<EmailActionTokens>().Issue(
            new EmailActionTicket(Guid.NewGuid(), user, contact, week.Year, week.Week, EmailAction.Done, InteractionType.SharedTheirPost));
    }

    private async Task<EmailActionResult> PerformAsync(string token)
    {
        using var scope = world.App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<EmailActions>().PerformAsync(token, EmailAction.Done);
    }

    private async Task<IReadOnlyList<EmailActionDone>> DoneInWeekAsync(string user, IsoWeek week)
    {
        using var scope = world.App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<EmailActions>().DoneInWeekAsync(user, week);
    }

    private async Task<WeeklySession> BuildAsync(string user)
    {
        using var scope = world.App.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<SessionPlanner>().BuildAsync(user)).Session;
    }

    private async Task<IsoWeek> WeekAsync(string user)
    {
        using var scope = world.App.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<SessionPlanner>().WeekOfAsync(user)).Week;
    }

    private async Task<TickResult> TickAsync(string user, long itemId, bool done)
    {
        using var scope = world.App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SessionChecklist>().TickAsync(user, itemId, done);
    }

    private Task<int> GivesAsync(int contact) =>
        world.App.WithDbAsync(db => db.Set<Interaction>().CountAsync(i => i.ContactId == contact && i.Direction == InteractionDirection.Give));
}
