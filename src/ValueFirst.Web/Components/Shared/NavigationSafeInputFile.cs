using Microsoft.AspNetCore.Components.Forms;
using Microsoft.JSInterop;

namespace ValueFirst.Web.Components.Shared;

/// <summary>
/// <see cref="InputFile"/> that survives the page being left while it starts. InputFile wires its element
/// up from JavaScript right after its first interactive render; when the user has already navigated away
/// (Blazor swaps the page in place), the element is gone, the call throws and the whole circuit — every
/// live component in the tab — dies. With the element gone there is nothing to wire up, so that is ignored.
/// </summary>
public sealed class NavigationSafeInputFile : InputFile
{
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        try
        {
            await base.OnAfterRenderAsync(firstRender);
        }
        catch (JSException) when (firstRender)
        {
            // The element was removed before it could be initialised: the page is no longer shown.
        }
    }
}
