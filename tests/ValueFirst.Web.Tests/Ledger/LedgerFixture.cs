using Bogus;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Ledger;
using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Ledger;

/// <summary>
/// The real app with the clock fixed at noon UTC today (users without settings count days in UTC),
/// plus builders that seed contacts and interactions straight through the DbContext.
/// </summary>
public sealed class LedgerFixture : IDisposable
{
    private readonly Faker faker = new() { Random = new Randomizer(42) };

    public LedgerFixture()
    {
        Now = new DateTimeOffset(DateTime.UtcNow.Date.AddHours(12), TimeSpan.Zero);
        Clock = new FakeTimeProvider(Now);
        App = new TestApp { ConfigureServices = services => services.AddSingleton<TimeProvider>(Clock) };
    }

    public TestApp App { get; }

    public FakeTimeProvider Clock { get; }

    public DateTimeOffset Now { get; }

    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public DateTime DaysAgo(int days, int hour = 9) => Now.UtcDateTime.Date.AddDays(-days).AddHours(hour);

    public async Task<(HttpClient Client, string UserId)> SignInAsync(string email)
    {
        var client = await AccountSession.RegisterAndSignInAsync(App, email);
        var id = await App.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        return (client, id);
    }

    /// <summary>Registers a user without signing in a client, for owners the test only seeds data for.</summary>
    public async Task<string> UserAsync(string email) => (await SignInAsync(email)).UserId;

    public async Task<Contact> AddContactAsync(
        string ownerId,
        int connectedDaysAgo = 365,
        int fit = 50,
        PipelineRole role = PipelineRole.Peer,
        ConnectionState state = ConnectionState.Connected,
        string tags = "sales",
        string? name = null,
        string? company = null)
    {
        var contact = new Contact
        {
            OwnerId = ownerId,
            Name = name ?? faker.Name.FullName(),
            Company = company ?? faker.Company.CompanyName(),
            Tags = tags,
            Role = role,
            State = state,
            FitScore = fit,
            ConnectedOn = state == ConnectionState.Connected ? Today.AddDays(-connectedDaysAgo) : null,
            CreatedUtc = Now.UtcDateTime,
            UpdatedUtc = Now.UtcDateTime,
        };
        await App.WithDbAsync(async db =>
        {
            db.Add(contact);
            return await db.SaveChangesAsync();
        });
        return contact;
    }

    public async Task AddInteractionsAsync(Contact contact, InteractionDirection direction, params int[] daysAgo)
    {
        await App.WithDbAsync(async db =>
        {
            foreach (var days in daysAgo)
            {
                db.Add(new Interaction
                {
                    OwnerId = contact.OwnerId,
                    ContactId = contact.Id,
                    OccurredUtc = DaysAgo(days),
                    Direction = direction,
                    Type = InteractionTypes.Of(direction)[0],
                    Channel = InteractionChannel.LinkedIn,
                });
            }

            return await db.SaveChangesAsync();
        });
    }

    public Task<int> CountInteractionsAsync(int contactId) =>
        App.WithDbAsync(db => db.Set<Interaction>().CountAsync(i => i.ContactId == contactId));

    public async Task<T> WithServiceAsync<T, TService>(Func<TService, Task<T>> action) where TService : notnull
    {
        using var scope = App.Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public void Dispose() => App.Dispose();
}
