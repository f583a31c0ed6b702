using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ValueFirst.Core.Ledger;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Ledger;
using ValueFirst.Web.Features.Reminders;
using ValueFirst.Web.Tests.Database;
using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Reminders;

/// <summary>
/// The reminder email's one-click links against the real app, as an anonymous browser (a mail client) opens them:
/// the GET only shows a confirmation, the POST acts once, and anything but a valid, unused link of its own action
/// shows a plain "no longer valid" page with nobody's data. The clock is the app's, started at the real time because
/// the data protector also checks the expiry against the wall clock.
/// </summary>
[Trait(BothProviders.Trait, BothProviders.Value)]
public sealed partial class EmailActionLinkTests : IDisposable
{
    private const string NotValid = "This link is no longer valid";

    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private readonly CommandLog commands = new();
    private readonly TestApp app;

    public EmailActionLinkTests()
    {
        app = new TestApp(services: services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.AddSingleton<IInterceptor>(commands);
        });
    }

    [Fact]
    public async Task Done_link_confirms_with_only_the_name_and_the_action_and_its_post_logs_exactly_one_give_with_the_suggested_type_and_article()
    {
        var (owner, ada) = await ContactAsync("Ada Lovelace", company: "Analytical Engines");
        await ContactOfAsync(owner, "Grace Hopper");
        var token = Issue(owner, ada, EmailAction.Done, InteractionType.SentMyArticle, "articles/engines.md");
        var client = app.CreateBrowserLikeClient();

        var (page, form) = await OpenAsync(client, token);

        Assert.Contains("Ada Lovelace", page);
        Assert.Contains("Sent my article", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Log it as done", page);
        Assert.DoesNotContain("Analytical Engines", page);
        Assert.DoesNotContain("Grace Hopper", page);
        Assert.Equal((0, 0), await CountsAsync(ada));

        var done = await PostAsync(client, token, form);

        Assert.Contains("Logged: your give to Ada Lovelace.", done);
        var give = Assert.Single(await InteractionsAsync(ada));
        Assert.Equal((InteractionDirection.Give, InteractionType.SentMyArticle, "articles/engines.md", owner),
            (give.Direction, give.Type, give.ContentPath, give.OwnerId));
        var use = Assert.Single(await app.WithDbAsync(db => db.Set<EmailActionUse>().AsNoTracking().ToListAsync()));
        Assert.Equal((give.Id, EmailAction.Done, owner), (use.InteractionId, use.Action, use.UserId));
    }

    [Fact]
    public async Task A_second_post_and_a_replay_after_use_change_nothing_and_say_it_was_already_done()
    {
        var (owner, ada) = await ContactAsync("Ada Lovelace");
        var token = Issue(owner, ada, EmailAction.Done);
        var client = app.CreateBrowserLikeClient();
        var (_, form) = await OpenAsync(client, token);
        await PostAsync(client, token, form);

        var again = await PostAsync(client, token, form);
        var replay = await app.CreateBrowserLikeClient().GetStringAsync($"/email-action/{token}");

        Assert.Contains("This was already done", again);
        Assert.Contains("This was already done", replay);
        Assert.DoesNotContain("__RequestVerificationToken", replay);
        Assert.Equal((1, 1), await CountsAsync(ada));
    }

    [Fact]
    public async Task Opening_every_link_as_a_mail_scanner_would_changes_nothing()
    {
        var (owner, ada) = await ContactAsync("Ada Lovelace");
        var client = app.CreateBrowserLikeClient();

        foreach (var action in Enum.GetValues<EmailAction>())
        {
            var token = Issue(owner, ada, action);
            for (var i = 0; i < 3; i++)
            {
                var response = await client.GetAsync($"/email-action/{token}");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.True(response.Headers.CacheControl?.NoStore, "The page with a token in its address is not cached.");
            }
        }

        Assert.Equal((0, 0), await CountsAsync(ada));
        Assert.False(await PausedAsync(ada));
    }

    [Fact]
    public async Task A_link_works_for_fourteen_days_and_is_not_valid_after_with_no_data_and_no_change()
    {
        var (owner, ada) = await ContactAsync("Ada Lovelace");
        var token = Issue(owner, ada, EmailAction.Done);
        var client = app.CreateBrowserLikeClient();

        clock.Advance(TimeSpan.FromDays(14) - TimeSpan.FromMinutes(1));
        var (stillValid, form) = await OpenAsync(client, token);
        clock.Advance(TimeSpan.FromMinutes(2));
        var expired = await client.GetStringAsync($"/email-action/{token}");
        var posted = await PostAsync(client, token, form);

        Assert.Contains("Ada Lovelace", stillValid);
        foreach (var page in new[] { expired, posted })
        {
            Assert.Contains(NotValid, page);
            Assert.DoesNotContain("Ada Lovelace", page);
        }

        Assert.Equal((0, 0), await CountsAsync(ada));
    }

    [Fact]
    public async Task Tampered_truncated_or_otherwise_signed_tokens_are_not_valid_and_show_no_data()
    {
        var (owner, ada) = await ContactAsync("Ada Lovelace");
        var token = Issue(owner, ada, EmailAction.Done);
        var client = app.CreateBrowserLikeClient();
        var (_, form) = await OpenAsync(client, token);
        var middle = token.Length / 2;
        var flipped = token[..middle] + (token[middle] == 'A' ? 'B' : 'A') + token[(middle + 1)..];
        var otherPurpose = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("ValueFirst.Something.Else")
            .ToTimeLimitedDataProtector().Protect(
                $$"""{"id":"{{Guid.NewGuid()}}","userId":"{{owner}}","contactId":{{ada}},"isoYear":2026,"isoWeek":1,"action":0,"giveType":0}""",
                clock.GetUtcNow().AddDays(1));

        foreach (var bad in new[] { flipped, token[..^4], otherPurpose, "not-a-token" })
        {
            var opened = await client.GetStringAsync($"/email-action/{Uri.EscapeDataString(bad)}");
            var posted = await PostAsync(client, bad, form);
            foreach (var page in new[] { opened, posted })
            {
                Assert.Contains(NotValid, page);
                Assert.DoesNotContain("Ada Lovelace", page);
            }
        }

        Assert.Equal((0, 0), await CountsAsync(ada));
    }

    [Fact]
    public async Task A_token_naming_another_user_with_this_users_contact_is_not_valid_and_changes_nothing()
    {
        var (alice, ada) = await ContactAsync("Ada Lovelace");
        var (bob, _) = await ContactAsync("Bob's Own");
        var forged = Issue(bob, ada, EmailAction.Done);
        var client = app.CreateBrowserLikeClient();
        var (_, form) = await OpenAsync(client, Issue(alice, ada, EmailAction.Snooze));

        var opened = await client.GetStringAsync($"/email-action/{forged}");
        var posted = await PostAsync(client, forged, form, EmailAction.Done);

        foreach (var page in new[] { opened, posted })
        {
            Assert.Contains(NotValid, page);
            Assert.DoesNotContain("Ada Lovelace", page);
        }

        Assert.Equal((0, 0), await CountsAsync(ada));
        Assert.False(await PausedAsync(ada));
    }

    [Fact]
    public async Task Posting_another_action_than_the_link_was_signed_for_is_not_valid_and_changes_nothing()
    {
        var (owner, ada) = await ContactAsync("Ada Lovelace");
        var snooze = Issue(owner, ada, EmailAction.Snooze);
        var done = Issue(owner, ada, EmailAction.Done);
        var client = app.CreateBrowserLikeClient();
        var (_, form) = await OpenAsync(client, snooze);

        var snoozeAsDone = await PostAsync(client, snooze, form, EmailAction.Done);
        var doneAsNotThisPerson = await PostAsync(client, done, form, EmailAction.NotThisPerson);

        Assert.Contains(NotValid, snoozeAsDone);
        Assert.Contains(NotValid, doneAsNotThisPerson);
        Assert.Equal((0, 0), await CountsAsync(ada));
        Assert.False(await PausedAsync(ada));
    }

    [Fact]
    public async Task Snooze_leaves_the_contact_out_of_the_give_first_list_for_a_week_and_not_this_person_for_the_configured_days()
    {
        var (owner, ada) = await ContactAsync("Ada Lovelace");
        var grace = await ContactOfAsync(owner, "Grace Hopper");
        var client = app.CreateBrowserLikeClient();
        Assert.Equal(new[] { ada, grace }, (await GiveFirstAsync(owner)).Order());

        foreach (var (contact, action) in new[] { (ada, EmailAction.Snooze), (grace, EmailAction.NotThisPerson) })
        {
            var token = Issue(owner, contact, action);
            var (_, form) = await OpenAsync(client, token);
            Assert.Contains(action == EmailAction.Snooze ? "is left out of your suggestions for a week" : "is left out of your suggestions for now",
                await PostAsync(client, token, form));
        }

        var pausedToday = await GiveFirstAsync(owner);
        clock.Advance(TimeSpan.FromDays(7));
        var afterAWeek = await GiveFirstAsync(owner);
        clock.Advance(TimeSpan.FromDays(83));
        var afterNinetyDays = await GiveFirstAsync(owner);

        Assert.Empty(pausedToday);
        Assert.Equal(new[] { ada }, afterAWeek);
        Assert.Equal(new[] { ada, grace }, afterNinetyDays.Order());
        Assert.Empty(await InteractionsAsync(ada));
    }

    [Fact]
    public async Task The_session_page_lists_what_was_done_from_email_links_this_week_and_not_in_earlier_weeks()
    {
        var signedIn = await AccountSession.RegisterAndSignInAsync(app, "hour@example.com");
        var owner = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "hour@example.com").Select(u => u.Id).SingleAsync());
        var ada = await ContactOfAsync(owner, "Ada Lovelace");
        var grace = await ContactOfAsync(owner, "Grace Hopper");
        var edsger = await ContactOfAsync(owner, "Edsger Dijkstra");
        var mail = app.CreateBrowserLikeClient();
        var before = await signedIn.GetStringAsync("/session");

        async Task UseAsync(int contact, EmailAction action)
        {
            var token = Issue(owner, contact, action);
            var (_, form) = await OpenAsync(mail, token);
            await PostAsync(mail, token, form);
        }

        await UseAsync(edsger, EmailAction.Done);
        clock.Advance(TimeSpan.FromDays(7));
        await UseAsync(ada, EmailAction.Done);
        await UseAsync(grace, EmailAction.Snooze);

        var after = await signedIn.GetStringAsync("/session");

        Assert.DoesNotContain("Done from your email", before);
        Assert.Contains("Done from your email", after);
        Assert.Contains("<strong>Ada Lovelace</strong>: give logged", after);
        Assert.Contains("<strong>Grace Hopper</strong>: snoozed for a week", after);
        Assert.DoesNotContain("Edsger Dijkstra", after);
    }

    [Fact]
    public async Task Done_in_a_second_copy_of_the_weeks_reminder_says_already_done_and_logs_no_second_give()
    {
        var (owner, ada) = await ContactAsync("Ada Lovelace");
        // The same week's reminder sent twice (a retry, "send now"): each copy has links of its own.
        var first = Issue(owner, ada, EmailAction.Done);
        var second = Issue(owner, ada, EmailAction.Done, InteractionType.SentMyArticle);
        var client = app.CreateBrowserLikeClient();
        var (_, form) = await OpenAsync(client, first);
        Assert.Contains("Logged: your give to Ada Lovelace.", await PostAsync(client, first, form));

        var opened = await client.GetStringAsync($"/email-action/{second}");
        var posted = await PostAsync(client, second, form);

        Assert.Contains("This was already done", opened);
        Assert.DoesNotContain("__RequestVerificationToken", opened);
        Assert.Contains("This was already done", posted);
        Assert.Equal((1, 1), await CountsAsync(ada));

        // Next week's reminder suggests a give again: its Done is a new give.
        var nextWeek = Issue(owner, ada, EmailAction.Done, week: 50);
        var (_, nextForm) = await OpenAsync(client, nextWeek);
        Assert.Contains("Logged: your give to Ada Lovelace.", await PostAsync(client, nextWeek, nextForm));
        Assert.Equal((2, 2), await CountsAsync(ada));
    }

    [Fact]
    public async Task The_done_from_email_list_reads_every_contacts_name_in_one_query_however_many_links_were_used()
    {
        var (owner, ada) = await ContactAsync("Ada Lovelace");
        var others = new List<int>();
        foreach (var name in new[] { "Grace Hopper", "Edsger Dijkstra", "Barbara Liskov" })
        {
            others.Add(await ContactOfAsync(owner, name));
        }

        var mail = app.CreateBrowserLikeClient();
        async Task UseAsync(int contact)
        {
            var token = Issue(owner, contact, EmailAction.Done);
            var (_, form) = await OpenAsync(mail, token);
            await PostAsync(mail, token, form);
        }

        async Task<(IReadOnlyList<EmailActionDone> Done, IReadOnlyList<string> Commands)> ReadAsync()
        {
            using var scope = app.Services.CreateScope();
            var actions = scope.ServiceProvider.GetRequiredService<EmailActions>();
            IReadOnlyList<EmailActionDone> done = [];
            var sent = await commands.Watch(async () => done = await actions.DoneInWeekAsync(owner, ValueFirst.Core.Time.IsoWeek.Of(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))));
            return (done, sent);
        }

        await UseAsync(ada);
        var one = await ReadAsync();
        foreach (var contact in others)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await UseAsync(contact);
        }

        var four = await ReadAsync();

        Assert.Equal(["Ada Lovelace"], one.Done.Select(d => d.ContactName));
        Assert.Equal(["Barbara Liskov", "Edsger Dijkstra", "Grace Hopper", "Ada Lovelace"], four.Done.Select(d => d.ContactName));
        Assert.Equal(one.Commands.Count, four.Commands.Count);
        Assert.Single(four.Commands, c => c.Contains("\"EmailActionUse\"", StringComparison.Ordinal));
    }

    public void Dispose() => app.Dispose();

    private string Issue(string owner, int contact, EmailAction action, InteractionType type = InteractionType.SharedTheirPost, string? path = null, int week = 49) =>
        app.Services.GetRequiredService<EmailActionTokens>().Issue(new EmailActionTicket(
            Guid.NewGuid(), owner, contact, 2026, week, action, action == EmailAction.Done ? type : null, path));

    private async Task<(string Owner, int Contact)> ContactAsync(string name, string? company = null)
    {
        var user = NetworkBuilder.User($"{Guid.NewGuid():N}@example.com");
        await app.WithDbAsync(async db =>
        {
            db.Users.Add(user);
            return await db.SaveChangesAsync();
        });
        return (user.Id, await ContactOfAsync(user.Id, name, company));
    }

    private Task<int> ContactOfAsync(string owner, string name, string? company = null) =>
        app.WithDbAsync(async db =>
        {
            var contact = NetworkBuilder.Contact(owner);
            contact.Name = name;
            contact.Company = company;
            contact.Tags = "";
            db.Add(contact);
            await db.SaveChangesAsync();
            return contact.Id;
        });

    private async Task<List<int>> GiveFirstAsync(string owner)
    {
        using var scope = app.Services.CreateScope();
        var ledger = scope.ServiceProvider.GetRequiredService<LedgerRankings>();
        return (await ledger.GetAsync(owner, 10)).Select(e => e.ContactId).ToList();
    }

    private static async Task<(string Page, Dictionary<string, string> Form)> OpenAsync(HttpClient client, string token)
    {
        var page = await client.GetStringAsync($"/email-action/{token}");
        var form = Input().Matches(page)
            .Select(m => (Name: Attribute(m.Value, "name"), Value: Attribute(m.Value, "value"), Type: Attribute(m.Value, "type")))
            .Where(i => i.Type == "hidden" && i.Name is not null)
            .ToDictionary(i => i.Name!, i => WebUtility.HtmlDecode(i.Value ?? ""));
        Assert.True(form.ContainsKey("__RequestVerificationToken"), page);
        return (page, form);
    }

    /// <summary>Posts the confirmation form of a page opened before (its antiforgery token), for <paramref name="token"/>.</summary>
    private static async Task<string> PostAsync(HttpClient client, string token, Dictionary<string, string> form, EmailAction? confirmed = null)
    {
        var fields = new Dictionary<string, string>(form);
        if (confirmed is { } action)
        {
            fields["Confirmed"] = action.ToString();
        }

        var response = await client.PostAsync($"/email-action/{Uri.EscapeDataString(token)}", new FormUrlEncodedContent(fields));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {html} {string.Join("; ", fields.Select(f => f.Key + "=" + f.Value))}");
        return html;
    }

    private Task<List<Interaction>> InteractionsAsync(int contact) =>
        app.WithDbAsync(db => db.Set<Interaction>().AsNoTracking().Where(i => i.ContactId == contact).ToListAsync());

    private Task<(int Gives, int Uses)> CountsAsync(int contact) =>
        app.WithDbAsync(async db => (
            await db.Set<Interaction>().CountAsync(i => i.ContactId == contact),
            await db.Set<EmailActionUse>().CountAsync(u => u.ContactId == contact)));

    private Task<bool> PausedAsync(int contact) =>
        app.WithDbAsync(db => db.Set<SuggestionPause>().AnyAsync(p => p.ContactId == contact));

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"") is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex Input();
}
