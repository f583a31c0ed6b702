using Microsoft.AspNetCore.Http;
using ValueFirst.Web.Infrastructure;

namespace ValueFirst.Web.Tests.Foundation;

/// <summary>Which requests wait for a turn under load: work that reads the database, never a long-lived circuit.</summary>
public sealed class RequestLimitsTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/balance")]
    [InlineData("/contacts/12")]
    [InlineData("/Account/Login")]
    [InlineData("/calendar/abc123.ics")]
    [InlineData("/balance/export/contacts.csv")]
    public void Pages_posts_exports_and_the_feed_are_limited(string path) =>
        Assert.True(RequestLimits.IsLimited(new PathString(path)));

    [Theory]
    [InlineData("/_blazor")]
    [InlineData("/_blazor/negotiate")]
    [InlineData("/_framework/blazor.web.js")]
    [InlineData("/app.css")]
    [InlineData("/lib/bootstrap/dist/css/bootstrap.min.css")]
    [InlineData("/hangfire")]
    [InlineData("/hangfire/jobs/enqueued")]
    [InlineData("/health")]
    public void Circuits_static_files_the_dashboard_and_health_are_not_limited(string path) =>
        Assert.False(RequestLimits.IsLimited(new PathString(path)));

    [Fact]
    public void Default_concurrency_is_twice_the_processors_and_at_least_four()
    {
        Assert.Equal(Math.Max(4, Environment.ProcessorCount * 2), new RequestLimitsOptions().EffectiveMaxConcurrent);
        Assert.Equal(3, new RequestLimitsOptions { MaxConcurrent = 3 }.EffectiveMaxConcurrent);
    }
}
