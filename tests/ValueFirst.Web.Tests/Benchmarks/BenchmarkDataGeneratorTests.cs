using System.Globalization;
using System.Text;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Content;
using ValueFirst.Core.Ledger;
using ValueFirst.Testing.Data;

namespace ValueFirst.Web.Tests.Benchmarks;

/// <summary>
/// The benchmark harness's data generator at a tiny scale: the data must look like a real book (or the figures
/// say nothing), be reproducible, and parse with the app's own readers. No timings here.
/// </summary>
public sealed class BenchmarkDataGeneratorTests
{
    private static readonly DateTime Now = new(2026, 11, 20, 9, 0, 0, DateTimeKind.Utc);
    private static readonly BenchmarkScale Scale = BenchmarkScale.Tiny;

    [Fact]
    public void Contacts_are_realistic_accented_names_with_companies_unique_profile_urls_and_tags()
    {
        var contacts = new BenchmarkDataGenerator().Contacts("owner", Scale.Contacts, Now).ToList();

        Assert.Equal(Scale.Contacts, contacts.Count);
        Assert.Contains(contacts, c => c.Name.Normalize(NormalizationForm.FormD).Any(ch => CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark));
        Assert.All(contacts, c => Assert.False(string.IsNullOrWhiteSpace(c.Company)));
        var urls = contacts.Where(c => c.ProfileUrl is not null).Select(c => c.ProfileUrl!).ToList();
        Assert.True(urls.Count > Scale.Contacts * 0.8);
        Assert.Equal(urls.Count, urls.Distinct().Count());
        Assert.All(urls, u => Assert.Equal(u, ProfileUrl.Normalize(u)));
        Assert.True(contacts.Count(c => c.Tags.Length > 0) > Scale.Contacts / 2);
        Assert.True(contacts.Count(c => c.State == ConnectionState.Connected) > Scale.Contacts / 2);
        Assert.True(contacts.Select(c => c.Role).Distinct().Count() > 2);
    }

    [Fact]
    public void Interactions_are_mostly_gives_some_asks_a_few_received_over_two_years()
    {
        var ids = Enumerable.Range(1, Scale.Contacts).ToArray();
        var interactions = new BenchmarkDataGenerator().Interactions("owner", ids, Scale.Interactions, Now).ToList();

        Assert.Equal(Scale.Interactions, interactions.Count);
        var share = interactions.GroupBy(i => i.Direction).ToDictionary(g => g.Key, g => g.Count() / (double)interactions.Count);
        Assert.InRange(share[InteractionDirection.Give], 0.7, 0.9);
        Assert.InRange(share[InteractionDirection.Ask], 0.08, 0.22);
        Assert.InRange(share[InteractionDirection.Received], 0.01, 0.1);
        Assert.All(interactions, i => Assert.Equal(i.Direction, InteractionTypes.DirectionOf(i.Type)));
        Assert.All(interactions, i => Assert.InRange(i.OccurredUtc, Now.AddDays(-731), Now));
        Assert.True(interactions.Min(i => i.OccurredUtc) < Now.AddDays(-600), "spread over two years");
        Assert.All(interactions, i => Assert.Contains(i.ContactId, ids));
    }

    [Fact]
    public void Drafts_parse_without_errors_and_mix_kinds_statuses_and_dates()
    {
        var today = DateOnly.FromDateTime(Now);
        var drafts = new BenchmarkDataGenerator().Drafts(Scale.Drafts, today).ToList();

        var parsed = drafts.Select(d => DraftParser.Parse(d.Path, d.Text)).ToList();

        Assert.Equal(Scale.Drafts, drafts.Select(d => d.Path).Distinct().Count());
        Assert.All(parsed, p => Assert.DoesNotContain(p.Problems, problem => problem.Severity == ProblemSeverity.Error));
        var items = parsed.Select(p => p.Item!).ToList();
        Assert.True(items.Select(i => i.Status).Distinct().Count() >= 3);
        Assert.Contains(items, i => i.Date is null);
        Assert.Contains(items, i => i.Date is not null);
        Assert.Contains(items, i => i.Title.Any(c => c > 127));
    }

    [Fact]
    public void Connections_csv_reads_with_the_importers_reader_row_for_row()
    {
        var csv = new BenchmarkDataGenerator().ConnectionsCsv(Scale.ImportRows, Now);

        var file = ConnectionsCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)));

        Assert.Null(file.Error);
        Assert.Empty(file.Problems);
        Assert.Equal(Scale.ImportRows, file.Connections.Count);
        Assert.Equal(Scale.ImportRows, file.Connections.Select(c => c.ProfileUrl).Distinct().Count());
        Assert.Contains(file.Connections, c => c.Company?.Contains(',', StringComparison.Ordinal) == true);
    }

    [Fact]
    public void LinkedIn_export_reads_with_the_importers_reader_and_every_message_belongs_to_a_connection()
    {
        var scale = BenchmarkScale.Tiny.Export;
        var builder = new BenchmarkDataGenerator().LinkedInExport(scale, new DateTime(2026, 11, 28, 12, 0, 0, DateTimeKind.Utc));

        var export = LinkedInExportReader.Read(new MemoryStream(builder.BuildZip()));

        Assert.Null(export.Error);
        Assert.Equal((scale.Connections, scale.Invitations, scale.Messages, scale.Shares),
            (export.Connections!.Connections.Count, export.Invitations!.Rows.Count, export.Messages!.Rows.Count, export.Shares!.Rows.Count));
        Assert.Empty(export.Connections.Problems.Concat(export.Invitations.Problems).Concat(export.Messages.Problems).Concat(export.Shares.Problems));
        var urls = export.Connections.Connections.Select(c => c.ProfileUrl!).ToHashSet();
        var owner = MessageAttribution.OwnerUrl(export.Messages.Rows, urls.Contains);
        Assert.Equal(scale.Messages, MessageAttribution.Attribute(export.Messages.Rows, owner, u => urls.Contains(u) ? 1 : null, _ => null).Count());
        Assert.Contains(export.Messages.Rows, m => m.Content!.Contains('\n', StringComparison.Ordinal));
    }

    [Fact]
    public void Same_seed_gives_the_same_data()
    {
        var first = new BenchmarkDataGenerator().Contacts("owner", 20, Now).Select(c => (c.Name, c.ProfileUrl, c.Tags)).ToList();
        var second = new BenchmarkDataGenerator().Contacts("owner", 20, Now).Select(c => (c.Name, c.ProfileUrl, c.Tags)).ToList();
        var other = new BenchmarkDataGenerator(seed: 1).Contacts("owner", 20, Now).Select(c => c.Name).ToList();

        Assert.Equal(first, second);
        Assert.NotEqual(first.Select(f => f.Name), other);
    }
}
