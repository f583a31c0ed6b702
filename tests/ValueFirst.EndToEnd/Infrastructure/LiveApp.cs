using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ValueFirst.EndToEnd.Infrastructure;

/// <summary>The real app on a real Kestrel port on loopback, with its own SQLite file and content folder.</summary>
public sealed class LiveApp : IDisposable
{
    public LiveApp(IReadOnlyDictionary<string, string?>? settings = null)
    {
        App = new TestApp(settings: settings);
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
