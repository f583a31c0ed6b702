using System.Text;
using ValueFirst.Benchmarks.Harness;
using ValueFirst.Core.Content;

namespace ValueFirst.Benchmarks.Benchmarks;

/// <summary><c>content.parse_plan</c>: the calendar's load + parse + plan against Markdig alone on the same files.</summary>
public static class ContentBenchmarks
{
    public static Benchmark ParsePlan(string folder, int drafts, DateOnly today)
    {
        var options = new PlanOptions(today);
        var check = ContentFolder.Load(folder);
        if (check.Items.Count != drafts || check.HasErrors)
        {
            throw new InvalidOperationException($"The generated drafts should all parse: {check.Items.Count} of {drafts}, first problem: {check.Problems.FirstOrDefault()}");
        }

        return new Benchmark
        {
            Name = "content.parse_plan",
            // What the calendar page and `valuefirst plan` do.
            Run = () =>
            {
                var snapshot = ContentFolder.Load(folder);
                _ = CadencePlanner.Plan(snapshot.Items, options);
                return Task.CompletedTask;
            },
            BaselineName = "markdig.parse_from_disk",
            Baseline = () =>
            {
                foreach (var file in Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories))
                {
                    _ = Markdig.Markdown.Parse(File.ReadAllText(file, Encoding.UTF8));
                }

                return Task.CompletedTask;
            },
            MaxMedianMs = 1000,
            MaxRatio = 1.5,
        };
    }
}
