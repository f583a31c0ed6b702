using Microsoft.Extensions.DependencyInjection;

namespace ValueFirst.Web.Tests.Infrastructure;

/// <summary>
/// One empty database of one provider, with a folder for the app's content and local state.
/// Start as many <see cref="TestApp"/>s on it as a test needs: together (several servers) or one after
/// the other (a restart or an upgrade).
/// </summary>
public sealed record TestDatabase(string Folder, IReadOnlyDictionary<string, string?> Settings)
{
    /// <summary>A new app host on this database, not started yet (it starts on first use).</summary>
    /// <param name="settings">Optional: more settings for this host, over the database's own.</param>
    /// <param name="services">Optional: replaces services of this host (see <see cref="TestApp"/>).</param>
    public TestApp CreateApp(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var all = new Dictionary<string, string?>(Settings);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new TestApp(Folder, all, services);
    }

    /// <summary>A new app host on this database, started: migrations applied, Hangfire server running.</summary>
    public TestApp StartApp(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var app = CreateApp(settings, services);
        _ = app.Services;
        return app;
    }
}
