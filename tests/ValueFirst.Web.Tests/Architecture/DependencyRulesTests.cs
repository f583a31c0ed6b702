using ValueFirst.Core.Content;

namespace ValueFirst.Web.Tests.Architecture;

/// <summary>
/// The layout rules of CONTRIBUTING.md, checked on the compiled code: Core is plain C# (no framework, no I/O but the
/// drafts folder, no clock), and the web app's features depend on each other only in the directions listed here.
/// </summary>
public sealed class DependencyRulesTests
{
    private const string Features = "ValueFirst.Web.Features.";

    /// <summary>Which features each feature may use. Schedule is the base; no feature uses Sessions or Reminders.</summary>
    private static readonly Dictionary<string, string[]> AllowedFeatureUses = new(StringComparer.Ordinal)
    {
        ["Schedule"] = [],
        ["Contacts"] = ["Schedule"],
        ["Content"] = ["Schedule"],
        ["Ledger"] = ["Contacts", "Schedule"],
        ["Relationships"] = ["Contacts", "Ledger", "Content", "Schedule"],
        ["Reminders"] = ["Contacts", "Ledger", "Content", "Schedule"],
        ["Sessions"] = ["Contacts", "Ledger", "Relationships", "Content", "Schedule"],
        ["Imports"] = ["Contacts", "Content", "Schedule"],
    };

    /// <summary>The one Core type that touches the file system: it reads and writes the drafts folder (web app and CLI share it).</summary>
    private static readonly string[] CoreFileSystemTypes = [typeof(ContentFolder).FullName!];

    private static readonly Lazy<TypeReferences> Web = new(() => TypeReferences.Of(typeof(Program).Assembly));
    private static readonly Lazy<TypeReferences> Core = new(() => TypeReferences.Of(typeof(ContentFolder).Assembly));

    [Fact]
    public void Core_references_no_web_database_job_or_mail_framework()
    {
        var references = typeof(ContentFolder).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        string[] forbidden = ["Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Microsoft.Extensions", "Hangfire", "MailKit", "MimeKit", "Npgsql", "Microsoft.Data"];

        Assert.DoesNotContain(references, name => forbidden.Any(f => name.StartsWith(f, StringComparison.Ordinal)));
        Assert.Contains("Markdig", references);
    }

    [Fact]
    public void Core_touches_the_file_system_network_or_console_only_in_the_drafts_folder_reader()
    {
        string[] io = ["System.IO.File", "System.IO.Directory", "System.IO.FileInfo", "System.IO.DirectoryInfo", "System.IO.FileStream",
            "System.IO.FileSystemWatcher", "System.IO.DriveInfo", "System.Console", "System.Diagnostics.Process"];
        var offenders = Core.Value.Types
            .Where(t => !CoreFileSystemTypes.Contains(t))
            .SelectMany(t => Core.Value.TypesUsedBy(t)
                .Where(u => io.Contains(u) || u.StartsWith("System.Net.", StringComparison.Ordinal) && u != "System.Net.WebUtility")
                .Select(u => $"{t} uses {u}"))
            .ToList();

        Assert.Empty(offenders);
        Assert.Contains("System.IO.File", Core.Value.TypesUsedBy(typeof(ContentFolder).FullName!));
    }

    [Fact]
    public void Core_never_reads_the_clock_itself()
    {
        string[] clock = ["System.DateTime::get_Now", "System.DateTime::get_UtcNow", "System.DateTime::get_Today",
            "System.DateTimeOffset::get_Now", "System.DateTimeOffset::get_UtcNow", "System.TimeProvider::get_System"];
        var offenders = Core.Value.Types
            .SelectMany(t => Core.Value.MembersUsedBy(t).Where(clock.Contains).Select(m => $"{t} calls {m}"))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Features_use_each_other_only_in_the_allowed_directions()
    {
        var offenders = new List<string>();
        foreach (var type in Web.Value.Types.Where(t => t.StartsWith(Features, StringComparison.Ordinal)))
        {
            var feature = FeatureOf(type)!;
            Assert.True(AllowedFeatureUses.ContainsKey(feature), $"{type} is in a feature the rules do not list yet: add '{feature}' to {nameof(AllowedFeatureUses)}.");
            offenders.AddRange(Web.Value.TypesUsedBy(type)
                .Select(FeatureOf)
                .OfType<string>()
                .Where(used => used != feature && !AllowedFeatureUses[feature].Contains(used))
                .Distinct()
                .Select(used => $"{type} uses the {used} feature"));
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public void Infrastructure_and_email_use_no_feature()
    {
        var offenders = Web.Value.Types
            .Where(t => t.StartsWith("ValueFirst.Web.Infrastructure.", StringComparison.Ordinal) || t.StartsWith("ValueFirst.Web.Email.", StringComparison.Ordinal))
            .SelectMany(t => Web.Value.TypesUsedBy(t).Where(u => u.StartsWith(Features, StringComparison.Ordinal)).Select(u => $"{t} uses {u}"))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void The_reader_sees_uses_inside_method_bodies_and_lambdas()
    {
        // Guards the rules above against a reader that would see nothing: SessionChecklist uses the ledger only
        // inside methods (and an async state machine), never in a field or signature of its own.
        var used = Web.Value.TypesUsedBy("ValueFirst.Web.Features.Sessions.SessionChecklist");

        Assert.Contains("ValueFirst.Web.Features.Ledger.NewInteraction", used);
        Assert.Contains("ValueFirst.Web.Features.Ledger.RecordOutcome", used);
    }

    private static string? FeatureOf(string type) =>
        type.StartsWith(Features, StringComparison.Ordinal) ? type[Features.Length..].Split('.')[0] : null;
}
