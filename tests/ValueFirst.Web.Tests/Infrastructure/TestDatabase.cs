namespace ValueFirst.Web.Tests.Infrastructure;

/// <summary>
/// One empty database of one provider, with a folder for the app's content and local state.
/// Start as many <see cref="TestApp"/>s on it as a test needs: together (several servers) or one after
/// the other (a restart or an upgrade).
/// </summary>
public sealed record TestDatabase(string Folder, IReadOnlyDictionary<string, string?> Settings)
{
    /// <summary>A new app host on this database, not started yet (it starts on first use).</summary>
    public TestApp CreateApp() => new(Folder, Settings);

    /// <summary>A new app host on this database, started: migrations applied, Hangfire server running.</summary>
    public TestApp StartApp()
    {
        var app = CreateApp();
        _ = app.Services;
        return app;
    }
}
