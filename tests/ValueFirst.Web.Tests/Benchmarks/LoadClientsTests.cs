using Bogus;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Testing.Load;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Content;
using ValueFirst.Web.Features.Ledger;
using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Benchmarks;

/// <summary>
/// The load scenario's client logic (the harness's <c>--load</c>) at a tiny size against the real app on a
/// Kestrel loopback port: its requests succeed, its error counting sees real failures, and plain GETs of the
/// server-rendered pages never open a Blazor circuit (which would hold memory per client). No timings asserted.
/// </summary>
public sealed class LoadClientsTests : IDisposable
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(2);

    private readonly CircuitCounter circuits = new();
    private readonly TestApp app;
    private readonly Uri address;

    public LoadClientsTests()
    {
        app = new TestApp(services: services => services.AddSingleton<CircuitHandler>(circuits));
        app.UseKestrel(0);
        app.StartServer();
        var listening = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        address = new Uri(listening.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_signed_in_clients_on_dashboard_balance_and_feed_get_no_errors_and_open_no_circuits()
    {
        var (email, feedToken) = await UserWithContactsAsync(contacts: 6);
        string[] pages = ["/", "/balance", $"/calendar/{feedToken}.ics"];
        var clients = new[] { await LoadClients.SignInAsync(address, email, AccountSession.Password), await LoadClients.SignInAsync(address, email, AccountSession.Password) };
        try
        {
            var result = await LoadClients.RunAsync(clients, pages, Duration);

            Assert.Empty(result.Errors);
            Assert.True(result.Requests >= clients.Length, $"{result.Requests} requests");
            Assert.Equal(0, circuits.Opened);
            // Each client starts at another page, so two clients have asked for two of them at least; the feed's token is not printed.
            var perPage = result.PerPage.ToList();
            Assert.True(perPage.Count >= 2, string.Join(", ", perPage.Select(p => p.Page)));
            Assert.All(perPage, p => Assert.Contains(p.Page, new[] { "/", "/balance", "/calendar/{token}.ics" }));
            Assert.Equal(result.Requests, perPage.Sum(p => p.Requests));
        }
        finally
        {
            Array.ForEach(clients, c => c.Dispose());
        }
    }

    [Fact]
    public async Task A_client_that_is_not_signed_in_is_counted_as_errors_on_the_signed_in_pages()
    {
        var (_, feedToken) = await UserWithContactsAsync(contacts: 1);
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = address };

        var result = await LoadClients.RunAsync([anonymous], ["/balance", $"/calendar/{feedToken}.ics"], Duration);

        Assert.NotEmpty(result.Errors);
        Assert.All(result.Errors, e => Assert.StartsWith("/balance: 302", e, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_clients_refuse_an_address_that_is_not_loopback()
    {
        Assert.Throws<InvalidOperationException>(() => LoadClients.RequireLoopback(new Uri("http://10.1.2.3:5000")));
        Assert.Throws<InvalidOperationException>(() => LoadClients.RequireLoopback(new Uri("http://example.com")));
        LoadClients.RequireLoopback(new Uri("http://127.0.0.1:5000"));
    }

    public void Dispose() => app.Dispose();

    private async Task<(string Email, string FeedToken)> UserWithContactsAsync(int contacts)
    {
        var faker = new Faker("en");
        using var scope = app.Services.CreateScope();
        var email = faker.Internet.Email(uniqueSuffix: Guid.NewGuid().ToString("N")[..6]);
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().CreateAsync(user, AccountSession.Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < contacts; i++)
            {
                var contact = new Contact { OwnerId = user.Id, Name = faker.Name.FullName(), Company = faker.Company.CompanyName(), State = ConnectionState.Connected };
                db.Add(contact);
                await db.SaveChangesAsync();
                db.Add(new Interaction
                {
                    OwnerId = user.Id,
                    ContactId = contact.Id,
                    OccurredUtc = DateTime.UtcNow.AddDays(-faker.Random.Int(1, 60)),
                    Direction = i % 3 == 0 ? InteractionDirection.Ask : InteractionDirection.Give,
                    Type = InteractionType.SharedTheirPost,
                    Channel = InteractionChannel.LinkedIn,
                });
            }

            return await db.SaveChangesAsync();
        });
        var feedToken = (await scope.ServiceProvider.GetRequiredService<ContentSettingsService>().GetAsync(user.Id)).FeedToken;
        return (email, feedToken);
    }

    private sealed class CircuitCounter : CircuitHandler
    {
        private int opened;

        public int Opened => Volatile.Read(ref opened);

        public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref opened);
            return Task.CompletedTask;
        }
    }
}
