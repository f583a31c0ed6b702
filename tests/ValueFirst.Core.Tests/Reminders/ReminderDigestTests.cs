using ValueFirst.Core.Ledger;
using ValueFirst.Core.Reminders;
using static ValueFirst.Core.Tests.Reminders.GiveFirstEntryBuilder;

namespace ValueFirst.Core.Tests.Reminders;

public sealed class ReminderDigestTests
{
    private static readonly DateTime TuesdayTwoPm = new(2026, 3, 24, 14, 0, 0);
    private const string Link = "https://valuefirst.example/session";

    private static ReminderDigest Digest(
        IReadOnlyList<ValueFirst.Core.Ledger.GiveFirstEntry> gives,
        IReadOnlyList<EarnedAsk>? asks = null,
        DueContentItem? content = null) =>
        new(gives, asks ?? [], content, TuesdayTwoPm, Link);

    [Fact]
    public void Each_give_with_links_shows_done_snooze_and_not_this_person_and_a_give_without_shows_none()
    {
        var linked = Entry(name: "Ada");
        var plain = Entry(name: "Bob");
        var links = new GiveLinks("https://v.example/email-action/d?x=1&y=2", "https://v.example/email-action/s", "https://v.example/email-action/n");
        var digest = Digest([linked, plain]) with { Links = new Dictionary<int, GiveLinks> { [linked.ContactId] = links } };

        var text = digest.TextBody();
        var html = digest.HtmlBody();

        Assert.Contains("   Done: https://v.example/email-action/d?x=1&y=2", text, StringComparison.Ordinal);
        Assert.Contains("   Snooze a week: https://v.example/email-action/s", text, StringComparison.Ordinal);
        Assert.Contains("   Not this person: https://v.example/email-action/n", text, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://v.example/email-action/d?x=1&amp;y=2\">Done</a>", html, StringComparison.Ordinal);
        Assert.Equal(3, html.Split("/email-action/").Length - 1);
        Assert.DoesNotContain("email-action", text[text.IndexOf("Bob", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public void Subject_names_the_slot_and_how_many_people_to_give_to()
    {
        Assert.Equal("Your connecting hour Tue 14:00: 5 people to give to first", Digest(Entries(5)).Subject);
        Assert.Equal("Your connecting hour Tue 14:00: 1 person to give to first", Digest(Entries(1)).Subject);
        Assert.Equal("Your connecting hour Tue 14:00: nobody is waiting for a give", Digest([]).Subject);
    }

    [Fact]
    public void Long_lists_are_cut_to_the_first_ten_in_ranked_order()
    {
        var ranked = Entries(14);

        var digest = Digest(ranked);

        Assert.Equal(ranked.Take(10).Select(e => e.Name), digest.Gives.Select(e => e.Name));
        Assert.EndsWith("10 people to give to first", digest.Subject);
        Assert.DoesNotContain(ranked[10].Name, digest.TextBody());
    }

    [Fact]
    public void Text_lists_people_in_ranked_order_with_a_suggested_give_and_why_this_week()
    {
        var digest = Digest([
            Entry("Ada Lovelace", company: "Analytical", daysSinceLastGive: null) with { Turn = GiveTurn.FirstGive, Why = "first give: no give recorded yet, a prospect" },
            Entry("Grace Hopper", tags: ["compilers"]) with { Why = "overdue by 12 days since your last give (3 weeks ago)" },
        ]);

        var text = digest.TextBody();

        Assert.Contains("1. Ada Lovelace (Analytical): Comment thoughtfully on their latest post", text);
        Assert.Contains("   Why: first give: no give recorded yet, a prospect", text);
        Assert.Contains("   Why: overdue by 12 days since your last give (3 weeks ago)", text);
        Assert.Contains("2. Grace Hopper: Send them something useful about compilers", text);
        Assert.True(text.IndexOf("Ada Lovelace", StringComparison.Ordinal) < text.IndexOf("Grace Hopper", StringComparison.Ordinal));
        Assert.Contains("Tuesday 24 March, 14:00", text);
        Assert.Contains(Link, text);
    }

    [Fact]
    public void A_contact_in_a_new_role_is_congratulated()
    {
        var digest = Digest([Entry("Mei Chen", tags: ["fintech"]) with { RoleChangedOn = new DateOnly(2026, 3, 1) }]);

        Assert.Contains("1. Mei Chen: Congratulate them on their new role", digest.TextBody());
    }

    [Fact]
    public void At_most_two_earned_asks_are_listed()
    {
        var digest = Digest(Entries(1), asks: [new("Ann", "3 gives, connected 40 days"), new("Bob", "4 gives"), new("Cid", "5 gives")]);

        var text = digest.TextBody();

        Assert.Contains("Asks you have earned:", text);
        Assert.Contains("- Ann: 3 gives, connected 40 days", text);
        Assert.Contains("- Bob: 4 gives", text);
        Assert.DoesNotContain("Cid", text);
    }

    [Fact]
    public void Sections_without_data_are_left_out()
    {
        var text = Digest(Entries(2)).TextBody();

        Assert.DoesNotContain("Asks you have earned", text);
        Assert.DoesNotContain("Due this week", text);
    }

    [Fact]
    public void Content_due_this_week_is_shown_with_its_date()
    {
        var digest = Digest(Entries(1), content: new("Give before you ask", new DateOnly(2026, 3, 26)));

        Assert.Contains("Due this week: Give before you ask (Thu 26 Mar)", digest.TextBody());
        Assert.Contains("<strong>Give before you ask</strong>", digest.HtmlBody());
    }

    [Fact]
    public void Empty_list_suggests_what_to_do_with_the_hour()
    {
        Assert.Contains("reach out to someone new", Digest([]).TextBody());
        Assert.Contains("reach out to someone new", Digest([]).HtmlBody());
    }

    [Fact]
    public void Html_encodes_every_name_reason_and_note()
    {
        var digest = Digest(
            [Entry("<script>alert(1)</script>", company: "A&B <Ltd>", reason: "\"quoted\" <b>reason</b>")],
            asks: [new("<img src=x onerror=alert(2)>", "<i>earned</i>")],
            content: new("<h1>Title</h1>", new DateOnly(2026, 3, 26)));

        var html = digest.HtmlBody();

        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<b>reason", html);
        Assert.DoesNotContain("<h1>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("A&amp;B &lt;Ltd&gt;", html);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", html);
        Assert.Contains("&lt;i&gt;earned&lt;/i&gt;", html);
    }

    [Fact]
    public void Html_lists_people_in_ranked_order_and_links_the_session()
    {
        var html = Digest([Entry("Zed"), Entry("Amy")]).HtmlBody();

        Assert.True(html.IndexOf("Zed", StringComparison.Ordinal) < html.IndexOf("Amy", StringComparison.Ordinal));
        Assert.Contains($"<a href=\"{Link}\">", html);
    }
}
