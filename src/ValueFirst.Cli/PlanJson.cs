using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using ValueFirst.Core.Content;

namespace ValueFirst.Cli;

/// <summary>
/// The <c>plan --json</c> document. Its shape is a contract for scripts (months, quarters, problems with
/// paths relative to the content folder), so it is spelled out here rather than serialising Core types.
/// </summary>
internal static class PlanJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Serialize(CadencePlan plan, IEnumerable<ContentProblem> problems)
    {
        var document = new Document(
            plan.Months.Select(m => new MonthJson(
                m.Month.ToString(),
                ContentNames.Of(m.State),
                m.Items.Select(i => new Item(
                    i.Item.Path,
                    i.Item.Title,
                    ContentNames.Of(i.Item.Kind),
                    ContentNames.Of(i.Item.Status),
                    i.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    i.Suggested)).ToList())).ToList(),
            plan.Quarters.Select(q => new QuarterJson(q.Quarter.ToString(), ContentNames.Of(q.State))).ToList(),
            problems.Select(p => new Problem(p.Path, p.Line, Message(p))).ToList());
        return JsonSerializer.Serialize(document, Options);
    }

    public static string Message(ContentProblem problem) =>
        problem.Severity == ProblemSeverity.Warning ? $"warning: {problem.Message}" : problem.Message;

    private sealed record Document(IReadOnlyList<MonthJson> Months, IReadOnlyList<QuarterJson> Quarters, IReadOnlyList<Problem> Problems);

    private sealed record MonthJson(string Month, string State, IReadOnlyList<Item> Items);

    private sealed record Item(string Path, string Title, string Kind, string Status, string Date, bool Suggested);

    private sealed record QuarterJson(string Quarter, string State);

    private sealed record Problem(string Path, int Line, string Message);
}
