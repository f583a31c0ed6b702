using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ValueFirst.EndToEnd.Infrastructure;

/// <summary>The real app on a real Kestrel port on loopback, with its own SQLite file and content folder.</summary>
public sealed class LiveApp : IDisposable
{
    /// <param name="services">Replaces app services (e.g. a fake <see cref="TimeProvider"/> the flow moves on by weeks).</param>
    public LiveApp(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        App = new TestApp(settings: settings, services: services);
        App.UseKestrel(0);
        App.StartServer();
        var addresses = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseUrl = addresses.Addresses.First().Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1").TrimEnd('/');
    }

    public TestApp App { get; }

    public string BaseUrl { get; }

    public string Url(string path) => BaseUrl + "/" + path.TrimStart('/');

    public void Dispose() => App.Dispose();
}
