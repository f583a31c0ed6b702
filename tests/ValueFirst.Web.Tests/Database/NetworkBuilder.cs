using Bogus;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Ledger;

namespace ValueFirst.Web.Tests.Database;

/// <summary>Small, realistic users, contacts and interactions for the database tests.</summary>
internal static class NetworkBuilder
{
    private static readonly Faker Faker = new();

    public static ApplicationUser User(string email) => new()
    {
        Id = Guid.NewGuid().ToString(),
        UserName = email,
        NormalizedUserName = email.ToUpperInvariant(),
        Email = email,
        NormalizedEmail = email.ToUpperInvariant(),
        SecurityStamp = Guid.NewGuid().ToString(),
    };

    public static Contact Contact(string ownerId) => new()
    {
        OwnerId = ownerId,
        Name = Faker.Name.FullName(),
        Company = Faker.Company.CompanyName(),
        ProfileUrl = $"https://www.linkedin.com/in/{Guid.NewGuid():N}",
        Tags = "saas;founders",
        ConnectedOn = new DateOnly(2026, 3, 14),
        State = ConnectionState.Connected,
        Role = PipelineRole.Prospect,
        Strength = 3,
        CreatedUtc = new DateTime(2026, 3, 14, 9, 30, 0, DateTimeKind.Utc),
        UpdatedUtc = new DateTime(2026, 3, 14, 9, 30, 0, DateTimeKind.Utc),
    };

    public static Interaction Give(Contact contact, DateTime occurredUtc) => new()
    {
        OwnerId = contact.OwnerId,
        Contact = contact,
        OccurredUtc = occurredUtc,
        Direction = InteractionDirection.Give,
        Type = InteractionType.SharedTheirPost,
        Channel = InteractionChannel.LinkedIn,
        Note = Faker.Lorem.Sentence(),
    };
}
