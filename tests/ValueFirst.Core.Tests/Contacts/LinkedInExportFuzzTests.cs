using Bogus;
using ValueFirst.Core.Contacts;
using ValueFirst.Testing.LinkedIn;

namespace ValueFirst.Core.Tests.Contacts;

/// <summary>Damaged exports and vCard files (seeded) come back as rows, per-line problems or one error: never an exception.</summary>
public sealed class LinkedInExportFuzzTests
{
    private static readonly DateTime Now = new(2026, 11, 27, 12, 0, 0, DateTimeKind.Utc);

    private static LinkedInExportBuilder Export(int seed) => new()
    {
        Connections = new ConnectionsExportBuilder(seed).WithPeople(20),
        Invitations = new InvitationsExportBuilder(seed).WithInvitations(20, Now),
        Messages = new MessagesExportBuilder(seed).WithMessages(40, [("Ana Lima", "https://www.linkedin.com/in/ana"), ("Bo Chen", "https://www.linkedin.com/in/bo")], Now),
        Shares = new SharesExportBuilder(seed).WithPosts(10, Now),
    };

    [Theory]
    [InlineData(41)]
    [InlineData(42)]
    public void Damaged_zip_exports_are_read_or_refused_with_a_message(int seed)
    {
        var random = new Randomizer(seed);
        var zip = Export(seed).BuildZip();
        for (var i = 0; i < 100; i++)
        {
            var damaged = (byte[])zip.Clone();
            for (var n = random.Int(1, 8); n > 0; n--)
            {
                damaged[random.Int(4, damaged.Length - 1)] = random.Byte();
            }

            var export = LinkedInExportReader.Read(new MemoryStream(damaged), new ExportLimits(1_000, 1_000, 1024 * 1024));

            Assert.True(export.Error is not null || export.FileNames.Count > 0, $"case {i}: neither files nor an error");
        }
    }

    [Theory]
    [InlineData("invitations", 51)]
    [InlineData("messages", 52)]
    [InlineData("shares", 53)]
    public void Damaged_csv_files_never_throw_and_every_problem_has_a_file_line_and_reason(string kind, int seed)
    {
        var faker = new Faker { Random = new Randomizer(seed) };
        var builder = Export(seed);
        var csv = kind switch
        {
            "invitations" => builder.Invitations!.BuildBytes(),
            "messages" => builder.Messages!.BuildBytes(),
            _ => builder.Shares!.BuildBytes(),
        };
        for (var i = 0; i < 150; i++)
        {
            var damaged = (byte[])csv.Clone();
            for (var n = faker.Random.Int(1, 30); n > 0; n--)
            {
                damaged[faker.Random.Int(0, damaged.Length - 1)] = faker.PickRandom((byte)'"', (byte)',', (byte)'\n', (byte)'\r', (byte)0, faker.Random.Byte());
            }

            var export = LinkedInExportReader.Read(new MemoryStream(damaged[..faker.Random.Int(0, damaged.Length)]), new ExportLimits(1_000, 1_000));
            var problems = new[] { export.Invitations?.Problems, export.Messages?.Problems, export.Shares?.Problems, export.Connections?.Problems }
                .OfType<IReadOnlyList<ImportProblem>>().SelectMany(p => p);

            Assert.All(problems, p => Assert.True(p.LineNumber >= 1 && p.Reason.Length > 0 && p.File is not null, $"case {i}: {p}"));
        }
    }

    [Theory]
    [InlineData(61)]
    [InlineData(62)]
    public void Damaged_vcard_files_never_throw_and_every_problem_has_a_line(int seed)
    {
        var faker = new Faker { Random = new Randomizer(seed) };
        var cards = System.Text.Encoding.UTF8.GetBytes(VCardWriter.Write(Enumerable.Range(0, 15).Select(i => new VCardContact(
            0, faker.Name.FullName(), null, null, [faker.Internet.Email()], faker.Company.CompanyName() + ", Inc.", faker.Name.JobTitle(),
            [$"https://www.linkedin.com/in/p{i}"], ["a", "b;c"], faker.Lorem.Paragraph()))));
        for (var i = 0; i < 150; i++)
        {
            var damaged = (byte[])cards.Clone();
            for (var n = faker.Random.Int(1, 20); n > 0; n--)
            {
                damaged[faker.Random.Int(0, damaged.Length - 1)] = faker.PickRandom((byte)':', (byte)';', (byte)'\n', (byte)' ', (byte)'=', (byte)'\\', faker.Random.Byte());
            }

            var file = VCardReader.Read(new StreamReader(new MemoryStream(damaged)));

            Assert.All(file.Problems, p => Assert.True(p.LineNumber >= 1 && p.Reason.Length > 0, $"case {i}: {p}"));
        }
    }
}
