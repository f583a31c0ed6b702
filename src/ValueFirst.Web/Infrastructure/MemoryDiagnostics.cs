using System.Diagnostics;
using System.Runtime;
using Microsoft.Extensions.Options;

namespace ValueFirst.Web.Infrastructure;

/// <summary>
/// When <c>Diagnostics:MemoryLogSeconds</c> is set, logs the GC's view of memory next to the working set every so
/// often: without dotnet-counters on a server, this is how one tells managed heap (live data, fragmentation, what
/// the GC keeps committed) from the runtime's fixed cost and native memory (SQLite's page cache, JIT'ed code).
/// </summary>
public sealed class MemoryDiagnostics(IOptions<MemoryDiagnosticsOptions> options, ILogger<MemoryDiagnostics> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.MemoryLogSeconds <= 0)
        {
            return;
        }

        logger.LogInformation(
            "Memory log on: {Gc} GC, concurrent {Concurrent}, DATAS {Datas}, {Cpus} CPUs, heap hard limit {Limit} MB",
            GCSettings.IsServerGC ? "Server" : "Workstation",
            AppContext.TryGetSwitch("System.GC.Concurrent", out var concurrent) ? concurrent : true,
            AppContext.GetData("System.GC.DynamicAdaptationMode") ?? "default",
            Environment.ProcessorCount,
            GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1048576);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.MemoryLogSeconds));
        do
        {
            Log();
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private void Log()
    {
        using var process = Process.GetCurrentProcess();
        var info = GC.GetGCMemoryInfo();
        static long Mb(long bytes) => bytes / 1048576;
        logger.LogInformation(
            "Memory: working set {WorkingSet} MB, private {Private} MB; GC heap {Heap} MB (gen0 {Gen0}, gen1 {Gen1}, gen2 {Gen2}, LOH {Loh}, POH {Poh}), " +
            "fragmented {Fragmented} MB, committed {Committed} MB; promoted {Promoted} MB; collections {C0}/{C1}/{C2}; GC pause {Pause:0.0}%",
            Mb(process.WorkingSet64), Mb(process.PrivateMemorySize64),
            Mb(info.HeapSizeBytes),
            Mb(info.GenerationInfo[0].SizeAfterBytes), Mb(info.GenerationInfo[1].SizeAfterBytes), Mb(info.GenerationInfo[2].SizeAfterBytes),
            Mb(info.GenerationInfo[3].SizeAfterBytes), Mb(info.GenerationInfo[4].SizeAfterBytes),
            Mb(info.FragmentedBytes), Mb(info.TotalCommittedBytes), Mb(info.PromotedBytes),
            GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), info.PauseTimePercentage);
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
