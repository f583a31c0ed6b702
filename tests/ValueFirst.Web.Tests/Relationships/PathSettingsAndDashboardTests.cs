using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Web.Features.Relationships;
using ValueFirst.Web.Tests.Contacts;
using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Relationships;

/// <summary>The path's settings, and the dashboard's pipeline and year at a glance as the server renders them.</summary>
public sealed partial class PathSettingsAndDashboardTests : IDisposable
{
    private readonly PathWorld world = new();

    private Task<IReadOnlyList<System.ComponentModel.DataAnnotations.ValidationResult>> SaveAsync(string user, Action<RelationshipSettingsForm> change) =>
        world.WithAsync<RelationshipSettingsStore, IReadOnlyList<System.ComponentModel.DataAnnotations.ValidationResult>>(async store =>
        {
            var form = RelationshipSettingsForm.From(await store.GetAsync(user));
            change(form);
            return await store.SaveAsync(user, form);
        });

    [Fact]
    public async Task A_user_without_settings_gets_two_touches_the_default_program_and_no_goals()
    {
        var settings = await world.WithAsync<RelationshipSettingsStore, RelationshipSettings>(s => s.GetAsync("nobody-yet"));

        Assert.Equal((2, 0, 7, 14, 42, 12), (settings.TouchesBeforeInvite, settings.WelcomeDay, settings.AnswersDay, settings.ChannelDay, settings.ProgramDays, settings.GivesPerMonthGoal));
        Assert.Equal(Core.Relationships.PipelineGoals.None, settings.ToGoals());
        Assert.Empty(settings.Channels());
    }

    [Fact]
    public async Task Bad_settings_are_refused_with_messages_in_the_users_words_and_good_ones_are_kept()
    {
        var user = await world.UserAsync();

        var errors = await SaveAsync(user, f =>
        {
            f.BlogUrl = "javascript:alert(1)";
            f.AnswersDay = 0;
            f.WelcomeDay = 3;
            f.ChannelDay = 50;
        });

        Assert.Equal(
            [
                "Enter your blog's address as a web address (https://…), or leave it empty.",
                "The questions come after the welcome: choose a day on or after the welcome's.",
                "Day 50 is after the program ends (day 42): choose an earlier day or a longer program.",
            ],
            errors.Select(e => e.ErrorMessage));

        Assert.Empty(await SaveAsync(user, f =>
        {
            f.NewsletterUrl = " https://example.com/news ";
            f.ProspectGoal = 10;
            f.TouchesBeforeInvite = 3;
        }));
        var saved = await world.WithAsync<RelationshipSettingsStore, RelationshipSettings>(s => s.GetAsync(user));
        Assert.Equal((3, 10, "https://example.com/news"), (saved.TouchesBeforeInvite, saved.ProspectGoal, saved.NewsletterUrl));
        Assert.Equal("newsletter", Assert.Single(saved.Channels()).Label);
    }

    [Fact]
    public async Task The_dashboard_shows_each_roles_actual_against_its_goal_and_a_year_of_activity_as_svg()
    {
        var client = await AccountSession.RegisterAndSignInAsync(world.App, "dashboard@example.com");
        var user = await ContactsTestUsers.UserIdAsync(world.App, "dashboard@example.com");
        var ada = await world.ContactAsync(user, "Ada Prospect", role: PipelineRole.Prospect);
        await world.ContactAsync(user, "Bo Prospect", role: PipelineRole.Prospect);
        await world.ContactAsync(user, "Cy Suspended Prospect", ConnectionState.Suspended, role: PipelineRole.Prospect);
        await world.ContactAsync(user, "Di Quiet");
        await world.InteractionsAsync(user, ada, InteractionDirection.Give, 1, 2, 40);
        await world.InteractionsAsync(user, ada, InteractionDirection.Received, 3);
        await SaveAsync(user, f =>
        {
            f.ProspectGoal = 5;
            f.ReferralSourceGoal = 1;
        });

        var html = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/"));

        Assert.Matches(@"Prospect</span>:\s*<strong>2 of 5</strong>\s*<span class=""badge text-bg-warning"">3 short</span>", html);
        Assert.Contains("<strong>0 of 1</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>33%</strong> of your network had an interaction in the last 12 months", html, StringComparison.Ordinal);
        Assert.Contains("<svg viewBox=\"0 0 720 300\" role=\"img\"", html, StringComparison.Ordinal);
        Assert.Contains("<title>March 2026: 2 gives</title>", html, StringComparison.Ordinal);
        Assert.Contains("<title>February 2026: 1 give</title>", html, StringComparison.Ordinal);
        Assert.Contains("<title>March 2026: 1 received</title>", html, StringComparison.Ordinal);
        Assert.Contains("3 gives, 0 asks and 1 received in the last twelve months; 0 of 12 months reached the goal of 12 gives", html, StringComparison.Ordinal);
        // Rendered on the server, coloured by classes: nothing for the Content-Security-Policy to refuse.
        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotContain(" style=\"fill", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_settings_page_has_the_relationship_path_section()
    {
        var client = await AccountSession.RegisterAndSignInAsync(world.App, "settings-path@example.com");

        var html = await client.GetStringAsync("/settings");

        Assert.Contains("Relationship path", html, StringComparison.Ordinal);
        Assert.Contains("Touches before an invitation", html, StringComparison.Ordinal);
        Assert.Contains("Pipeline goals", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    public void Dispose() => world.Dispose();
}
