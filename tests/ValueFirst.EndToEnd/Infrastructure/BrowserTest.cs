using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace ValueFirst.EndToEnd.Infrastructure;

/// <summary>
/// Base of the browser flows: a live app per test class, a fresh browser context per user, and on
/// failure a screenshot and the page's HTML saved under the test output folder, named after the test.
/// </summary>
public abstract class BrowserTest : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    public const string Password = "Valu3-First!pass";

    /// <summary>Set to a folder to save a full-page screenshot of each <see cref="SnapshotAsync"/> call: every main page at
    /// desktop and phone width (the accessibility pass), and the flows' own steps.</summary>
    public const string ScreenshotFolderVariable = "VALUEFIRST_E2E_SCREENSHOTS";

    private readonly BrowserFixture browser;
    private readonly List<IPage> pages = [];
    private readonly List<string> policyViolations = [];

    static BrowserTest()
    {
        // A loaded 2-core CI machine shares its cores with the build; Playwright's 5 s default is tight there.
        Assertions.SetDefaultExpectTimeout(15_000);
    }

    /// <param name="settings">Configuration the live app starts with (e.g. the SMTP server of the test).</param>
    /// <param name="services">Replaces app services, e.g. a fake clock for a flow that spans weeks.</param>
    protected BrowserTest(BrowserFixture browser, IReadOnlyDictionary<string, string?>? settings = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null)
    {
        this.browser = browser;
        Live = new LiveApp(settings, services);
    }

    protected LiveApp Live { get; }

    /// <summary>The widths every main page is checked at: a laptop and a phone.</summary>
    public static readonly (string Name, ViewportSize Size) Desktop = ("desktop", new ViewportSize { Width = 1280, Height = 900 });

    /// <inheritdoc cref="Desktop"/>
    public static readonly (string Name, ViewportSize Size) Phone = ("phone", new ViewportSize { Width = 390, Height = 844 });

    /// <param name="timeZone">The browser's IANA time zone (pages that ask the browser for it see this one).</param>
    /// <param name="viewport">The window size; the desktop one unless given.</param>
    /// <param name="bypassCsp">
    /// For the accessibility pass only: axe injects its script into the page, which the app's Content-Security-Policy
    /// refuses. Every other flow runs under the policy and fails on any script it refuses.
    /// </param>
    protected async Task<IPage> NewUserPageAsync(string? timeZone = null, ViewportSize? viewport = null, bool bypassCsp = false)
    {
        var context = await browser.Browser.NewContextAsync(new()
        {
            BaseURL = Live.BaseUrl + "/",
            TimezoneId = timeZone,
            AcceptDownloads = true,
            ViewportSize = viewport ?? Desktop.Size,
            BypassCSP = bypassCsp,
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                policyViolations.Add(message.Text);
            }
        };
        pages.Add(page);
        return page;
    }

    /// <summary>Registers through the real form; the app signs the new user in.</summary>
    protected static async Task RegisterAsync(IPage page, string email)
    {
        await page.GotoAsync("Account/Register");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Confirm password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        // Enhanced navigation may swap the page in place, without a load event: poll the address.
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("Account/Register"));
    }

    /// <summary>Saves a screenshot of the page when <see cref="ScreenshotFolderVariable"/> is set; a no-op otherwise.</summary>
    protected static async Task SnapshotAsync(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable(ScreenshotFolderVariable);
        if (string.IsNullOrWhiteSpace(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    /// <summary>Waits until Blazor's circuit is interactive: the page's buttons are enabled only then.</summary>
    protected static Task WaitInteractiveAsync(ILocator enabledOnlyWhenInteractive) =>
        Assertions.Expect(enabledOnlyWhenInteractive).ToBeEnabledAsync();

    protected async Task RunAsync(Func<Task> flow, [CallerMemberName] string testName = "")
    {
        try
        {
            await flow();
            // A page that works only because a browser ignored a refused script is not working.
            Assert.Empty(policyViolations);
        }
        catch
        {
            await SaveArtifactsAsync(testName);
            throw;
        }
    }

    private async Task SaveArtifactsAsync(string testName)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "e2e-failures");
        Directory.CreateDirectory(folder);
        for (var i = 0; i < pages.Count; i++)
        {
            var name = $"{GetType().Name}.{testName}.{i}";
            try
            {
                await pages[i].ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
                await File.WriteAllTextAsync(Path.Combine(folder, name + ".html"), await pages[i].ContentAsync());
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException)
            {
                // The page may be gone or hung with the failure; the test's own exception is what matters then.
            }
        }
    }

    /// <summary>Polls a condition outside the browser (a mail server, a file) until it holds; fails after <paramref name="timeout"/>.</summary>
    protected static async Task EventuallyAsync(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out waiting for {what}.");
            }

            await Task.Delay(100);
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>
    /// Closes the browser first: an open page keeps its Blazor circuit's WebSocket, and the app's shutdown would
    /// wait for it until the host's timeout, then cancel the stopping of Hangfire (a failure after a passed test).
    /// </summary>
    public async Task DisposeAsync()
    {
        foreach (var context in pages.Select(p => p.Context).Distinct())
        {
            await context.CloseAsync();
        }

        await DisposeAppAsync();
    }

    /// <summary>Stops the live app; a test class that starts more (e.g. an SMTP server) stops it after.</summary>
    protected virtual Task DisposeAppAsync()
    {
        Live.Dispose();
        return Task.CompletedTask;
    }
}
