using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using ValueFirst.Web.Components.Shared;

namespace ValueFirst.Web.Tests.Components;

/// <summary>The file input takes a file only once its JavaScript listens for it; before that a chosen file is lost.</summary>
public sealed class NavigationSafeInputFileTests : IDisposable
{
    private const string InputFileInit = "Blazor._internal.InputFile.init";

    private readonly BunitContext ctx = new();

    public NavigationSafeInputFileTests() => ctx.SetRendererInfo(new RendererInfo("Server", isInteractive: true));

    [Fact]
    public void Stays_disabled_until_its_change_listener_is_wired_then_follows_the_page()
    {
        var init = ctx.JSInterop.SetupVoid(InputFileInit, _ => true);

        var input = ctx.Render<NavigationSafeInputFile>(p => p
            .Add(x => x.OnChange, _ => { })
            .AddUnmatched("id", "import-file")
            .AddUnmatched("disabled", false));

        Assert.True(input.Find("#import-file").HasAttribute("disabled"));

        init.SetVoidResult();
        input.WaitForAssertion(() => Assert.False(input.Find("#import-file").HasAttribute("disabled")));

        // Once wired, the page's own reason to disable it (an import running) still applies.
        input.Render(p => p.AddUnmatched("id", "import-file").AddUnmatched("disabled", true));
        Assert.True(input.Find("#import-file").HasAttribute("disabled"));
    }

    [Fact]
    public void A_page_left_before_the_wiring_leaves_the_input_disabled_and_the_circuit_alive()
    {
        var init = ctx.JSInterop.SetupVoid(InputFileInit, _ => true);
        var input = ctx.Render<NavigationSafeInputFile>(p => p.AddUnmatched("id", "import-file"));

        init.SetException(new JSException("Element not found"));

        Assert.True(input.Find("#import-file").HasAttribute("disabled"));
    }

    public void Dispose() => ctx.Dispose();
}
