using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ValueFirst.Benchmarks.Harness;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Imports;

namespace ValueFirst.Benchmarks.Benchmarks;

/// <summary><c>import.linkedin</c>: the contacts page's import of a Connections.csv into an empty book, against CsvHelper reading it.</summary>
public static class ImportBenchmarks
{
    public static Benchmark LinkedIn(AppServices app, string importUserId, string csvFile, int rows)
    {
        return new Benchmark
        {
            Name = "import.linkedin",
            Reset = async () =>
            {
                await using var scope = app.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
                await db.Set<Contact>().Where(c => c.OwnerId == importUserId).ExecuteDeleteAsync();
            },
            Run = async () =>
            {
                await using var scope = app.SignedInScope(importUserId);
                var import = scope.ServiceProvider.GetRequiredService<ExportImporter>();
                await using var file = File.OpenRead(csvFile);
                var result = await import.ImportAsync(importUserId, file);
                if (result.Added != rows)
                {
                    throw new InvalidOperationException($"The import should add {rows} contacts, added {result.Added}: {result.Error}");
                }
            },
            BaselineName = "csvhelper.read_records",
            Baseline = () =>
            {
                using var reader = new StreamReader(csvFile);
                // LinkedIn's "Notes:" preamble: the notes line, the quoted notice and a blank line.
                for (var i = 0; i < 3; i++)
                {
                    reader.ReadLine();
                }

                using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
                var count = csv.GetRecords<ConnectionRecord>().Count();
                return count == rows ? Task.CompletedTask : throw new InvalidOperationException($"CsvHelper read {count} rows, not {rows}.");
            },
            MaxMedianMs = 3000,
        };
    }

    /// <summary>One row of Connections.csv as CsvHelper maps it.</summary>
    public sealed class ConnectionRecord
    {
        [Name("First Name")]
        public string FirstName { get; set; } = "";

        [Name("Last Name")]
        public string LastName { get; set; } = "";

        [Name("URL")]
        public string Url { get; set; } = "";

        [Name("Email Address")]
        public string Email { get; set; } = "";

        [Name("Company")]
        public string Company { get; set; } = "";

        [Name("Position")]
        public string Position { get; set; } = "";

        [Name("Connected On")]
        public string ConnectedOn { get; set; } = "";
    }
}
