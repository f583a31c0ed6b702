using System.Diagnostics;
using System.Text.RegularExpressions;
using ValueFirst.Testing.Load;

namespace ValueFirst.Benchmarks.Harness;

/// <summary>
/// The real app in a process of its own (<c>dotnet ValueFirst.Web.dll</c>, Production settings, the benchmark's
/// database), listening on 127.0.0.1 on a free port, so its working set is the app's alone. Clients sign in
/// through the real login form.
/// </summary>
public sealed partial class WebProcess : IAsyncDisposable
{
    /// <summary>Seconds between the app's memory log lines (<c>Diagnostics:MemoryLogSeconds</c>), read by <see cref="LastMemoryLog"/>.</summary>
    public const int MemoryLogSeconds = 1;

    private readonly Process process;
    private readonly AppOutput output;

    private WebProcess(Process process, Uri address, AppOutput output)
    {
        this.process = process;
        this.output = output;
        Address = address;
    }

    public Uri Address { get; }

    public int Id => process.Id;

    /// <summary>CPU time the app has used so far: (user, kernel).</summary>
    public (TimeSpan User, TimeSpan Kernel) CpuTime
    {
        get
        {
            process.Refresh();
            return (process.UserProcessorTime, process.PrivilegedProcessorTime);
        }
    }

    /// <summary>The process's current working set (resident memory), in bytes.</summary>
    public long WorkingSetBytes
    {
        get
        {
            process.Refresh();
            return process.WorkingSet64;
        }
    }

    public static async Task<WebProcess> StartAsync(IReadOnlyDictionary<string, string?> settings, TimeSpan timeout)
    {
        var (dll, contentRoot) = LocateApp();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll },
            WorkingDirectory = contentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_CONTENTROOT"] = contentRoot;
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        // The app's opt-in memory log: where the working set goes (GC heap, fragmentation, committed), for the report.
        start.Environment["Diagnostics__MemoryLogSeconds"] = MemoryLogSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["Logging__LogLevel__ValueFirst.Web.Infrastructure.MemoryDiagnostics"] = "Information";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the web app.");
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new AppOutput();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            output.Add(e.Data);
            if (ListeningOn().Match(e.Data) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                output.Add(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var exited = process.WaitForExitAsync();
        var first = await Task.WhenAny(listening.Task, exited, Task.Delay(timeout));
        if (first != listening.Task)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            throw new InvalidOperationException($"The web app did not start listening:\n{string.Join('\n', output.Lines.TakeLast(30))}");
        }

        return new WebProcess(process, await listening.Task, output);
    }

    /// <summary>The app's latest memory log line (GC heap, fragmentation, committed, working set), if any.</summary>
    public string? LastMemoryLog => output.LastMemory;

    /// <summary>Waits (boundedly) until the app logs its memory again, so the line describes the current state.</summary>
    public async Task<string?> FreshMemoryLogAsync()
    {
        var seen = output.MemoryLines;
        for (var waited = 0; waited < MemoryLogSeconds * 3000 && output.MemoryLines == seen; waited += 100)
        {
            await Task.Delay(100);
        }

        return output.LastMemory;
    }

    /// <summary>A cookie-keeping client that signed in through <c>/Account/Login</c> as a browser would.</summary>
    public Task<HttpClient> SignInAsync(string email, string password) => LoadClients.SignInAsync(Address, email, password);

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    // The app's last lines (enough to explain a failed start, bounded for a long run) and its latest memory log line.
    private sealed class AppOutput
    {
        private int memoryLines;

        public System.Collections.Concurrent.ConcurrentQueue<string> Lines { get; } = new();

        public string? LastMemory { get; private set; }

        public int MemoryLines => Volatile.Read(ref memoryLines);

        public void Add(string line)
        {
            Lines.Enqueue(line);
            while (Lines.Count > 200 && Lines.TryDequeue(out _))
            {
            }

            if (line.Contains("Memory: working set", StringComparison.Ordinal))
            {
                LastMemory = line.Trim();
                Interlocked.Increment(ref memoryLines);
            }
        }
    }

    // The web project's own build output (same configuration as this harness), run from the project folder so
    // it finds appsettings.json and wwwroot as `dotnet run` would.
    private static (string Dll, string ContentRoot) LocateApp()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var project = Path.Combine(dir.FullName, "src", "ValueFirst.Web");
            var dll = Path.Combine(project, "bin", configuration, "net10.0", "ValueFirst.Web.dll");
            if (File.Exists(dll))
            {
                return (dll, project);
            }
        }

        throw new InvalidOperationException("Could not find src/ValueFirst.Web/bin/*/net10.0/ValueFirst.Web.dll above the harness.");
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();
}
