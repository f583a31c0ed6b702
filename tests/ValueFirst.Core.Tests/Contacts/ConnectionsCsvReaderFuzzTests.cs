using Bogus;
using ValueFirst.Core.Contacts;
using ValueFirst.Testing.LinkedIn;

namespace ValueFirst.Core.Tests.Contacts;

/// <summary>Damaged exports (seeded) come back as rows, per-line problems or one error: never an exception.</summary>
public sealed class ConnectionsCsvReaderFuzzTests
{
    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    public void Damaged_zip_exports_are_read_or_refused_with_a_message(int seed)
    {
        var random = new Randomizer(seed);
        var zip = new ConnectionsExportBuilder(seed).WithPeople(40).BuildZip();
        for (var i = 0; i < 150; i++)
        {
            var damaged = (byte[])zip.Clone();
            for (var n = random.Int(1, 8); n > 0; n--)
            {
                damaged[random.Int(4, damaged.Length - 1)] = random.Byte();
            }

            var file = ConnectionsCsvReader.Read(new MemoryStream(damaged), maxRows: 1_000, maxBytes: 1024 * 1024);

            Assert.True(file.Error is not null || file.Connections.Count + file.Problems.Count > 0, $"case {i}: neither rows nor an error");
        }
    }

    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    public void Damaged_csv_exports_never_throw_and_every_problem_has_a_line_and_reason(int seed)
    {
        var faker = new Faker { Random = new Randomizer(seed) };
        var csv = new ConnectionsExportBuilder(seed).WithPeople(40).BuildBytes();
        for (var i = 0; i < 150; i++)
        {
            var damaged = (byte[])csv.Clone();
            for (var n = faker.Random.Int(1, 30); n > 0; n--)
            {
                damaged[faker.Random.Int(0, damaged.Length - 1)] = faker.PickRandom((byte)'"', (byte)',', (byte)'\n', (byte)'\r', (byte)0, faker.Random.Byte());
            }

            var file = ConnectionsCsvReader.Read(new MemoryStream(damaged[..faker.Random.Int(0, damaged.Length)]), maxRows: 1_000);

            Assert.All(file.Problems, p => Assert.True(p.LineNumber >= 1 && p.Reason.Length > 0, $"case {i}: {p}"));
        }
    }
}
