using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace ValueFirst.Web.Infrastructure;

/// <summary>
/// Hangfire keeps one log provider for the whole process, bound to the logger factory of the last host
/// that configured it. When that host stops (several hosts share a process in the tests, and a host can
/// restart in place), its factory is disposed while other hosts still run jobs: a job must not fail
/// because its log line has nowhere to go, so it is dropped instead.
/// </summary>
public sealed class HostBoundHangfireLogProvider(ILoggerFactory loggerFactory) : ILogProvider
{
    private readonly AspNetCoreLogProvider inner = new(loggerFactory);

    public ILog GetLogger(string name)
    {
        try
        {
            return inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return DroppedLog.Instance;
        }
    }

    private sealed class DroppedLog : ILog
    {
        public static readonly DroppedLog Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
