using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using ValueFirst.Core.Ledger;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Ledger;
using ValueFirst.Web.Infrastructure;
using ValueFirst.Core.Time;

namespace ValueFirst.Web.Tests.Ledger;

/// <summary>The panel rendered with bUnit on the real services and SQLite file of a running app.</summary>
public sealed class ContactLedgerPanelTests : IDisposable
{
    private readonly LedgerFixture f = new();
    private readonly BunitContext ctx = new();
    private readonly IServiceScope scope;
    private readonly BunitAuthorizationContext auth;

    public ContactLedgerPanelTests()
    {
        scope = f.App.Services.CreateScope();
        ctx.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<LedgerViews>());
        ctx.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<InteractionRecorder>());
        ctx.Services.AddScoped<CurrentUser>();
        auth = ctx.AddAuthorization();
        ctx.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    private async Task<(IRenderedComponent<ContactLedgerPanel> Panel, Contact Contact)> RenderForNewContactAsync(int connectedDaysAgo, params int[] givesDaysAgo)
    {
        var owner = await f.UserAsync("panel@example.com");
        auth.SetAuthorized("panel@example.com");
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, owner));
        var contact = await f.AddContactAsync(owner, connectedDaysAgo: connectedDaysAgo);
        await f.AddInteractionsAsync(contact, InteractionDirection.Give, givesDaysAgo);
        var panel = ctx.Render<ContactLedgerPanel>(p => p.Add(x => x.ContactId, contact.Id));
        panel.WaitForAssertion(() => Assert.NotNull(panel.Find("[data-testid=ledger-reason]")));
        return (panel, contact);
    }

    [Fact]
    public async Task An_unearned_ask_shows_the_reason_and_is_stored_only_after_the_second_confirmation()
    {
        var (panel, contact) = await RenderForNewContactAsync(connectedDaysAgo: 9, 2, 1);

        panel.Find($"#ledger-direction-{contact.Id}").Change(InteractionDirection.Ask.ToString());
        panel.Find("form").Submit();

        panel.WaitForAssertion(() => Assert.Contains("2 of 3 gives ✗ · " + $"connected 9 days ago — the first ask opens on {LocalDays.Date(f.Today.AddDays(5), f.Today)} (14 days after connecting) ✗", panel.Find(".alert-warning").TextContent));
        Assert.Equal(2, await f.CountInteractionsAsync(contact.Id));

        panel.FindAll("button").Single(b => b.TextContent.Contains("Record the ask anyway", StringComparison.Ordinal)).Click();

        panel.WaitForAssertion(() => Assert.Contains("Logged: Asked for a meeting.", panel.Find("[role=status]").TextContent));
        Assert.Equal(3, await f.CountInteractionsAsync(contact.Id));
        Assert.Empty(panel.FindAll(".alert-warning"));
    }

    [Fact]
    public async Task A_quick_add_give_is_stored_and_appears_on_the_timeline()
    {
        var (panel, contact) = await RenderForNewContactAsync(connectedDaysAgo: 30);
        Assert.Contains("Nothing logged yet", panel.Markup);

        panel.FindAll("button").Single(b => b.TextContent.Contains("Shared their post", StringComparison.Ordinal)).Click();

        panel.WaitForAssertion(() => Assert.Contains("1 of 3 gives ✗", panel.Find("[data-testid=ledger-reason]").TextContent));
        Assert.Single(panel.FindAll("ol li"));
        Assert.Equal(1, await f.CountInteractionsAsync(contact.Id));
    }

    public void Dispose()
    {
        ctx.Dispose();
        scope.Dispose();
        f.Dispose();
    }
}
