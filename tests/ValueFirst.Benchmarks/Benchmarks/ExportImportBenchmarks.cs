using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ValueFirst.Benchmarks.Harness;
using ValueFirst.Testing.Data;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Content;
using ValueFirst.Web.Features.Imports;

namespace ValueFirst.Benchmarks.Benchmarks;

/// <summary>
/// <c>import.linkedin_export</c>: the contacts page's upload of a whole LinkedIn export ZIP (connections, invitations,
/// messages, posts) into an empty book, against CsvHelper reading the same four CSV files.
/// </summary>
public static class ExportImportBenchmarks
{
    public static Benchmark LinkedInExport(AppServices app, string importUserId, string zipFile, IReadOnlyList<string> csvFiles, ExportScale scale)
    {
        ArgumentNullException.ThrowIfNull(csvFiles);
        ArgumentNullException.ThrowIfNull(scale);
        return new Benchmark
        {
            Name = "import.linkedin_export",
            Reset = async () =>
            {
                await using var scope = app.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
                await db.Set<Contact>().Where(c => c.OwnerId == importUserId).ExecuteDeleteAsync();
                await db.Set<ContactImport>().Where(i => i.OwnerId == importUserId).ExecuteDeleteAsync();
                await db.Set<ImportedPost>().Where(p => p.OwnerId == importUserId).ExecuteDeleteAsync();
            },
            Run = async () =>
            {
                await using var scope = app.SignedInScope(importUserId);
                var import = scope.ServiceProvider.GetRequiredService<ExportImporter>();
                await using var file = File.OpenRead(zipFile);
                var result = await import.ImportAsync(importUserId, file);
                var expected = scale.Connections + scale.Invitations;
                if (result.Added != expected || result.Import is not { } done || done.Messages < scale.Messages * 9 / 10 || done.Posts != scale.Shares)
                {
                    throw new InvalidOperationException($"The import should add {expected} contacts, {scale.Messages} messages and {scale.Shares} posts: {result.Summary}");
                }
            },
            BaselineName = "csvhelper.read_records",
            Baseline = () =>
            {
                var rows = 0;
                foreach (var path in csvFiles)
                {
                    using var reader = new StreamReader(path);
                    if (Path.GetFileName(path) == "Connections.csv")
                    {
                        // LinkedIn's "Notes:" preamble: the notes line, the quoted notice and a blank line.
                        for (var i = 0; i < 3; i++)
                        {
                            reader.ReadLine();
                        }
                    }

                    using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
                    rows += csv.GetRecords<dynamic>().Count();
                }

                var expected = scale.Connections + scale.Invitations + scale.Messages + scale.Shares;
                return rows == expected ? Task.CompletedTask : throw new InvalidOperationException($"CsvHelper read {rows} rows, not {expected}.");
            },
            MaxMedianMs = 10_000,
        };
    }
}
