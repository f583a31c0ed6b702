using Microsoft.Extensions.Time.Testing;

namespace ValueFirst.Cli.Tests;

/// <summary>Runs the tool's entry method in-process and keeps what it printed.</summary>
internal sealed record CommandResult(int ExitCode, string Output, string Error)
{
    public static CommandResult Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 5, 12, 0, 0, TimeSpan.Zero));
        var exit = Program.Run(args, output, error, time);
        return new(exit, output.ToString(), error.ToString());
    }
}
