using Bogus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Ledger;
using ValueFirst.Web.Features.Sessions;
using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Relationships;

/// <summary>
/// The real app on a fake clock that starts on Tue 24 March 2026 at noon UTC (users without settings live in UTC),
/// with builders for contacts and interactions, the weekly hour and its ticks. <see cref="NextWeek"/> moves the clock
/// on a week, so the next hour can be built.
/// </summary>
internal sealed class PathWorld : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 24, 12, 0, 0, TimeSpan.Zero);

    private static readonly Faker Faker = new("en");

    public PathWorld()
    {
        App = new TestApp(services: services => services.AddSingleton<TimeProvider>(Clock));
        _ = App.Services;
    }

    public FakeTimeProvider Clock { get; } = new(Start);

    public TestApp App { get; }

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    public void NextWeek() => Clock.Advance(TimeSpan.FromDays(7));

    public async Task<string> UserAsync()
    {
        using var scope = App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var email = Faker.Internet.Email(uniqueSuffix: Guid.NewGuid().ToString("N")[..6]);
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
        var result = await users.CreateAsync(user, AccountSession.Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return user.Id;
    }

    public Task<int> ContactAsync(
        string ownerId,
        string name,
        ConnectionState state = ConnectionState.Connected,
        PipelineRole role = PipelineRole.Peer,
        string? company = null,
        string tags = "",
        int? connectedDaysAgo = 400,
        string? position = null,
        string? wantsToMeet = null,
        int? connections = 600,
        DateOnly? followUpOn = null) =>
        App.WithDbAsync(async db =>
        {
            var now = Clock.GetUtcNow().UtcDateTime;
            var contact = new Contact
            {
                OwnerId = ownerId,
                Name = name,
                State = state,
                Role = role,
                Company = company,
                Position = position,
                Tags = tags,
                ConnectedOn = state == ConnectionState.Connected && connectedDaysAgo is { } days ? Today.AddDays(-days) : null,
                ConnectionCount = connections,
                WantsToMeet = wantsToMeet,
                FollowUpOn = followUpOn,
                CreatedUtc = now.AddDays(-500),
                UpdatedUtc = now,
            };
            db.Add(contact);
            await db.SaveChangesAsync();
            return contact.Id;
        });

    /// <summary>Interactions on a contact, each the given number of days before now.</summary>
    public Task InteractionsAsync(string ownerId, int contactId, InteractionDirection direction, params int[] daysAgo) =>
        App.WithDbAsync(async db =>
        {
            foreach (var days in daysAgo)
            {
                db.Add(new Interaction
                {
                    OwnerId = ownerId,
                    ContactId = contactId,
                    OccurredUtc = Clock.GetUtcNow().UtcDateTime.AddDays(-days),
                    Direction = direction,
                    Type = InteractionTypes.Of(direction)[0],
                    Channel = InteractionChannel.LinkedIn,
                });
            }

            return await db.SaveChangesAsync();
        });

    public async Task<T> WithAsync<TService, T>(Func<TService, Task<T>> action) where TService : notnull
    {
        using var scope = App.Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public async Task<WeeklySession> BuildAsync(string ownerId) =>
        (await WithAsync<SessionPlanner, (WeeklySession, bool)>(p => p.BuildAsync(ownerId))).Item1;

    public Task<TickResult> TickAsync(string ownerId, long itemId, bool done = true, string? note = null, bool confirm = false) =>
        WithAsync<SessionChecklist, TickResult>(c => c.TickAsync(ownerId, itemId, done, note, confirm));

    public Task<Contact> FindAsync(int id) => App.WithDbAsync(db => db.Set<Contact>().AsNoTracking().SingleAsync(c => c.Id == id));

    public Task<List<Interaction>> InteractionsOfAsync(int contactId) =>
        App.WithDbAsync(db => db.Set<Interaction>().AsNoTracking().Where(i => i.ContactId == contactId).OrderBy(i => i.Id).ToListAsync());

    public void Dispose() => App.Dispose();
}
