using Microsoft.Playwright;

namespace ValueFirst.EndToEnd.Infrastructure;

/// <summary>One headless Chromium per test class; each test opens its own contexts.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        var options = new BrowserTypeLaunchOptions
        {
            Headless = true,
            ExecutablePath = ChromiumLocator.Find(),
            // Root needs --no-sandbox; the rest keep Chromium off the network this machine does not have.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        };
        try
        {
            Browser = await playwright.Chromium.LaunchAsync(options);
        }
        catch (PlaywrightException e)
        {
            throw new InvalidOperationException($"{ChromiumLocator.HowToInstall}\n{e.Message}", e);
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
    }
}
