using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ValueFirst.Benchmarks.Harness;

/// <summary>The printed table (ratios first: they survive a noisy machine) and the JSON file the issue specifies.</summary>
public static class Report
{
    public static void WriteTable(TextWriter output, string scale, IReadOnlyList<BenchmarkResult> results)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(results);
        output.WriteLine();
        output.WriteLine($"Scale: {scale} · {Environment.ProcessorCount} cores · {Environment.OSVersion} · .NET {Environment.Version}");
        output.WriteLine($"{"name",-26} {"ratio",6} {"median",10} {"p95",10} {"baseline",-34} {"base med",10}  {"target",-24} result");
        foreach (var r in results)
        {
            var median = r.WorkingSetMb is { } mb ? $"{mb:0} MB" : Ms(r.MedianMs);
            var p95 = r.WorkingSetMb is not null ? "" : Ms(r.P95Ms);
            output.WriteLine(
                $"{r.Name,-26} {(r.Ratio is { } ratio ? ratio.ToString("0.00", CultureInfo.InvariantCulture) : "-"),6} {median,10} {p95,10} " +
                $"{r.BaselineName ?? "-",-34} {(r.BaselineMedianMs is { } b ? Ms(b) : "-"),10}  {r.Target,-24} {Result(r)}");
        }
    }

    // A row without a target (one that only explains another) is neither met nor missed.
    private static string Result(BenchmarkResult r) => r.Target.Length == 0 ? "-" : r.Met ? "met" : "MISSED";

    /// <summary><c>{ "scale", "results": [ { "name", "median_ms", "p95_ms", "baseline_name", "baseline_median_ms", "ratio", "target" } ] }</c>.</summary>
    public static string ToJson(string scale, IReadOnlyList<BenchmarkResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var array = new JsonArray();
        foreach (var r in results)
        {
            var item = new JsonObject
            {
                ["name"] = r.Name,
                ["median_ms"] = Round(r.MedianMs),
                ["p95_ms"] = Round(r.P95Ms),
                ["baseline_name"] = r.BaselineName,
                ["baseline_median_ms"] = r.BaselineMedianMs is { } b ? Round(b) : null,
                ["ratio"] = r.Ratio is { } ratio ? Math.Round(ratio, 3) : null,
                ["target"] = r.Target,
            };
            if (r.WorkingSetMb is { } mb)
            {
                item["working_set_mb"] = Math.Round(mb, 1);
            }

            array.Add(item);
        }

        var root = new JsonObject { ["scale"] = scale, ["results"] = array };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static double Round(double ms) => Math.Round(ms, 2);

    private static string Ms(double ms) => ms >= 1000
        ? (ms / 1000).ToString("0.00", CultureInfo.InvariantCulture) + " s"
        : ms.ToString("0.0", CultureInfo.InvariantCulture) + " ms";
}
