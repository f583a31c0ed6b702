using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ValueFirst.Web.Components.Pages.Settings;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Schedule;
using ValueFirst.Web.Infrastructure;
using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Database;

/// <summary>
/// <c>/settings</c> under load on two app servers sharing one PostgreSQL database: each visit requests the page (its
/// sections load side by side while prerendering) and then, like a browser's circuit, renders it interactively in one
/// DI scope of its server and saves the weekly slot and the reminder. Real async I/O makes sections that shared one
/// DbContext fail here ("A second operation was started on this context instance"), which SQLite hides.
/// </summary>
public sealed class SettingsConcurrencyTests(PostgresTestDatabases databases) : IClassFixture<PostgresTestDatabases>
{
    private const int Visits = 50;
    private const int Users = 10;

    // An upper bound for a render or a save on a loaded 2-core machine, not a timing assertion.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    [PostgresFact]
    public async Task Settings_loaded_and_saved_50_times_at_once_on_two_servers_answers_every_time_without_an_error()
    {
        var database = await databases.CreateDatabaseAsync();
        // A loaded 2-core CI machine can take more than Npgsql's 15 s to start fifty new server processes at once;
        // a slow connect is not what this test is about.
        var patient = new Dictionary<string, string?>
        {
            ["ConnectionStrings:ValueFirst"] = new NpgsqlConnectionStringBuilder(database.Settings["ConnectionStrings:ValueFirst"]) { Timeout = 120 }.ConnectionString,
        };
        using var a = database.StartApp(patient);
        using var b = database.StartApp(patient);
        var users = new List<(string Id, string Email)>();
        for (var i = 0; i < Users; i++)
        {
            users.Add(await UserWithSlotAsync(a, $"busy-{i}@example.com"));
        }

        var clients = new Dictionary<(TestApp, string), HttpClient>();
        foreach (var app in new[] { a, b })
        {
            foreach (var (_, email) in users)
            {
                var client = app.CreateBrowserLikeClient();
                Assert.Equal(HttpStatusCode.Redirect, (await AccountSession.SignInAsync(client, email)).StatusCode);
                clients[(app, email)] = client;
            }
        }

        var errors = new ConcurrentQueue<string>();
        await Task.WhenAll(Enumerable.Range(0, Visits).Select(visit => Task.Run(async () =>
        {
            var app = visit % 2 == 0 ? a : b;
            var (userId, email) = users[visit % Users];
            try
            {
                var page = await clients[(app, email)].GetAsync("/settings");
                var html = await page.Content.ReadAsStringAsync();
                if (page.StatusCode != HttpStatusCode.OK || !html.Contains("Weekly connecting hour", StringComparison.Ordinal))
                {
                    errors.Enqueue($"visit {visit}: GET /settings answered {(int)page.StatusCode}");
                    return;
                }

                await SaveLikeABrowserAsync(app, userId, email, new TimeOnly(6 + visit % 12, visit % 4 * 15));
            }
            catch (Exception e)
            {
                errors.Enqueue($"visit {visit}: {e}");
            }
        })));

        Assert.True(errors.IsEmpty, string.Join("\n", errors));
        foreach (var (userId, _) in users)
        {
            var slot = await b.WithDbAsync(db => WeeklySlotStore.FindAsync(db, userId, CancellationToken.None));
            Assert.NotNull(slot);
        }
    }

    /// <summary>One circuit: the whole settings page rendered in one scope of the server, then two of its forms saved.</summary>
    private static async Task SaveLikeABrowserAsync(TestApp app, string userId, string email, TimeOnly start)
    {
        using var scope = app.Services.CreateScope();
        await using var circuit = new BunitContext();
        circuit.Services.AddFallbackServiceProvider(scope.ServiceProvider);
        circuit.Services.AddScoped<CurrentUser>();
        var auth = circuit.AddAuthorization();
        auth.SetAuthorized(email);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, userId));
        circuit.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        circuit.JSInterop.Mode = JSRuntimeMode.Loose;

        var settings = circuit.Render<SettingsPage>();
        settings.WaitForAssertion(() => Assert.NotEmpty(settings.FindAll("#slot-start")), Patience);
        settings.WaitForAssertion(() => Assert.NotEmpty(settings.FindAll("#reminder-lead")), Patience);

        settings.Find("#slot-start").Change(start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        settings.Find("#slot-start").Closest("form")!.Submit();
        settings.WaitForAssertion(() => Assert.Contains("Saved.", settings.Find("#slot-heading").ParentElement!.TextContent, StringComparison.Ordinal), Patience);

        settings.Find("#reminder-lead").Change("45");
        settings.Find("#reminder-lead").Closest("form")!.Submit();
        settings.WaitForAssertion(() => Assert.Contains("Saved: the reminder is scheduled.", settings.Find("#reminder-heading").ParentElement!.TextContent, StringComparison.Ordinal), Patience);
    }

    private static async Task<(string Id, string Email)> UserWithSlotAsync(TestApp app, string email)
    {
        using var scope = app.Services.CreateScope();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().CreateAsync(user, AccountSession.Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        await scope.ServiceProvider.GetRequiredService<WeeklySlotStore>().SaveScheduleAsync(user.Id, new WeeklySlotForm { Day = DayOfWeek.Tuesday, StartTime = new TimeOnly(9, 0), TimeZoneId = "Europe/Berlin" });
        return (user.Id, email);
    }
}
