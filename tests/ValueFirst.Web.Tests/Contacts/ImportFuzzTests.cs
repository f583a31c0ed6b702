using System.Text;
using Bogus;
using ValueFirst.Testing.LinkedIn;
using ValueFirst.Web.Features.Contacts;

namespace ValueFirst.Web.Tests.Contacts;

/// <summary>
/// Mutated LinkedIn exports (seeded, bounded) never crash the import or touch what was imported before:
/// each file is imported or refused with a message, skipped rows carry reasons, a refused file changes
/// nothing, and another user's contacts never change. Each import runs under a time guard.
/// </summary>
public sealed class ImportFuzzTests : IDisposable
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    private readonly TestApp app = new(settings: new Dictionary<string, string?> { ["Contacts:MaxImportRows"] = "2000" });

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public async Task Mutated_exports_are_imported_or_refused_and_earlier_contacts_survive(int seed)
    {
        var bystander = await ContactsTestUsers.CreateUserAsync(app, $"bystander{seed}@example.com");
        var importer = await ContactsTestUsers.CreateUserAsync(app, $"importer{seed}@example.com");
        var baseline = new ConnectionsExportBuilder(seed).WithPeople(20);
        Assert.Equal(10, (await app.ImportAsync(bystander, new ConnectionsExportBuilder(seed + 100).WithPeople(10).BuildBytes())).Added);
        Assert.Equal(20, (await app.ImportAsync(importer, baseline.BuildBytes())).Added);
        var bystanderBefore = Fingerprint(await app.ContactsOfAsync(bystander));
        var earlierIds = (await app.ContactsOfAsync(importer)).Select(c => c.Id).ToList();
        var faker = new Faker { Random = new Randomizer(seed) };

        for (var i = 0; i < 12; i++)
        {
            var file = Mutate(faker, baseline);
            var before = Fingerprint(await app.ContactsOfAsync(importer));

            var result = await app.ImportAsync(importer, file).WaitAsync(Guard);

            var after = await app.ContactsOfAsync(importer);
            if (result.Succeeded)
            {
                Assert.All(result.Skipped, s => Assert.False(string.IsNullOrWhiteSpace(s.Reason)));
                Assert.Equal(before.Count + result.Added, after.Count);
            }
            else
            {
                Assert.False(string.IsNullOrWhiteSpace(result.Error));
                Assert.Equal(before, Fingerprint(after));
            }

            Assert.All(earlierIds, id => Assert.Contains(after, c => c.Id == id));
        }

        Assert.Equal(bystanderBefore, Fingerprint(await app.ContactsOfAsync(bystander)));
    }

    [Fact]
    public async Task Upload_over_the_cap_is_refused_with_the_limit_in_plain_words_and_nothing_changes()
    {
        using var small = new TestApp(settings: new Dictionary<string, string?> { ["Contacts:MaxUploadBytes"] = "2048" });
        var user = await ContactsTestUsers.CreateUserAsync(small, "cap@example.com");
        await small.ImportAsync(user, new ConnectionsExportBuilder().WithPeople(3).BuildBytes());
        var before = Fingerprint(await small.ContactsOfAsync(user));

        var result = await small.ImportAsync(user, new ConnectionsExportBuilder(9).WithPeople(200).BuildBytes());

        Assert.False(result.Succeeded);
        Assert.Contains("2 KB", result.Error);
        Assert.Equal(before, Fingerprint(await small.ContactsOfAsync(user)));
    }

    private static byte[] Mutate(Faker faker, ConnectionsExportBuilder baseline)
    {
        var bytes = baseline.BuildBytes();
        switch (faker.Random.Int(0, 7))
        {
            case 0:
                return bytes[..faker.Random.Int(0, bytes.Length)];
            case 1:
                var junk = faker.Random.Bytes(faker.Random.Int(1, 256));
                var at = faker.Random.Int(0, bytes.Length - 1);
                return [.. bytes[..at], .. junk, .. bytes[at..]];
            case 2:
                for (var n = faker.Random.Int(1, 40); n > 0; n--)
                {
                    bytes[faker.Random.Int(0, bytes.Length - 1)] = faker.PickRandom((byte)'"', (byte)',', (byte)'\n', (byte)'\r', (byte)0, faker.Random.Byte());
                }

                return bytes;
            case 3: // a zip whose bytes are damaged
                var zip = baseline.BuildZip();
                for (var n = faker.Random.Int(1, 30); n > 0; n--)
                {
                    zip[faker.Random.Int(4, zip.Length - 1)] = faker.Random.Byte();
                }

                return zip;
            case 4: // zip magic, then junk
                return [(byte)'P', (byte)'K', 3, 4, .. faker.Random.Bytes(faker.Random.Int(0, 2048))];
            case 5: // one enormous field
                var text = Encoding.UTF8.GetString(bytes);
                var comma = text.IndexOf(",https", StringComparison.Ordinal);
                return Encoding.UTF8.GetBytes(text.Insert(Math.Max(0, comma), new string('x', 300_000)));
            case 6: // more rows than the limit
                return new ConnectionsExportBuilder(faker.Random.Int()).WithPeople(2_001).BuildBytes();
            default:
                return faker.Random.Bytes(faker.Random.Int(0, 8192));
        }
    }

    private static List<string> Fingerprint(IEnumerable<Contact> contacts) =>
        contacts.OrderBy(c => c.Id)
            .Select(c => $"{c.Id}|{c.Name}|{c.ProfileUrl}|{c.Email}|{c.Company}|{c.Position}|{c.ConnectedOn}|{c.State}|{c.Notes}")
            .ToList();

    public void Dispose() => app.Dispose();
}
