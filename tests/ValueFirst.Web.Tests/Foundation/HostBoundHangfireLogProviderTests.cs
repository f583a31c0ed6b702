using Microsoft.Extensions.Logging;
using ValueFirst.Web.Infrastructure;

namespace ValueFirst.Web.Tests.Foundation;

public sealed class HostBoundHangfireLogProviderTests
{
    [Fact]
    public void A_logger_asked_for_after_its_host_stopped_drops_lines_instead_of_failing_the_job()
    {
        var factory = LoggerFactory.Create(_ => { });
        var provider = new HostBoundHangfireLogProvider(factory);
        var before = provider.GetLogger("Hangfire.Test");

        factory.Dispose();
        var after = provider.GetLogger("Hangfire.Test");

        Assert.NotNull(before);
        Assert.False(after.Log(Hangfire.Logging.LogLevel.Error, () => "dropped"));
    }
}
