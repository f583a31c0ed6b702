using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ValueFirst.Web.Extensions;

namespace ValueFirst.Benchmarks.Harness;

/// <summary>
/// The app's own service collection (<c>AddApplicationServices</c>, as Program.cs calls it) pointed at the
/// benchmark's database, built but not started: benchmarks resolve the real services the pages use, in a
/// scope signed in as a given user exactly as a static-SSR request would be.
/// </summary>
public sealed class AppServices : IAsyncDisposable
{
    private readonly WebApplication app;

    public AppServices(IReadOnlyDictionary<string, string?> settings, string contentRoot)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            ContentRootPath = contentRoot,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.AddApplicationServices();
        app = builder.Build();
    }

    public IServiceProvider Services => app.Services;

    /// <summary>Applies the migrations the way the app does at start-up.</summary>
    public void Migrate() => ValueFirst.Web.Infrastructure.DatabaseMigrator.MigrateDatabase(app);

    /// <summary>A scope whose <see cref="AuthenticationStateProvider"/> reports <paramref name="userId"/> as signed in.</summary>
    public AsyncServiceScope SignedInScope(string userId)
    {
        var scope = app.Services.CreateAsyncScope();
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], "Benchmark"));
        var provider = (IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        provider.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        return scope;
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
