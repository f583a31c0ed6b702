using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.JSInterop;

namespace ValueFirst.Web.Components.Shared;

/// <summary>
/// <see cref="InputFile"/> that is disabled until it can take a file, and that survives the page being left while it starts.
/// InputFile listens for the chosen file from JavaScript it wires up right after its first interactive render; a file
/// chosen between that render and the wiring (a slow connection, a busy server) fires a change nobody hears and is
/// silently dropped, so the element stays disabled until the wiring is done. When the user has already navigated away
/// (Blazor swaps the page in place), the element is gone, the call throws and the whole circuit — every live component
/// in the tab — dies. With the element gone there is nothing to wire up, so that is ignored.
/// </summary>
public sealed class NavigationSafeInputFile : InputFile
{
    private bool wired;

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        if (wired)
        {
            base.BuildRenderTree(builder);
            return;
        }

        var given = AdditionalAttributes;
        AdditionalAttributes = new Dictionary<string, object>(given ?? new Dictionary<string, object>()) { ["disabled"] = true };
        try
        {
            base.BuildRenderTree(builder);
        }
        finally
        {
            AdditionalAttributes = given;
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        try
        {
            await base.OnAfterRenderAsync(firstRender);
        }
        catch (JSException) when (firstRender)
        {
            // The element was removed before it could be initialised: the page is no longer shown.
            return;
        }

        if (firstRender)
        {
            wired = true;
            StateHasChanged();
        }
    }
}
