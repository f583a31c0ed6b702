using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ValueFirst.EndToEnd.Infrastructure;

/// <summary>Moves and acts the way a keyboard user does: Tab to a control, then type, Enter or Space. No clicks.</summary>
public static class KeyboardOnly
{
    /// <summary>Presses Tab until <paramref name="target"/> has the focus; fails if it never gets there.</summary>
    public static async Task TabToAsync(IPage page, ILocator target, int maxPresses = 90)
    {
        // Controls are enabled once the circuit is interactive; a keyboard user waits for that too.
        await Expect(target).ToBeEnabledAsync();
        for (var i = 0; i < maxPresses; i++)
        {
            if (await target.EvaluateAsync<bool>("el => el === document.activeElement"))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        var focused = await page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.outerHTML.slice(0, 200) : 'nothing'");
        Assert.Fail($"Tab never reached {target} in {maxPresses} presses; the focus is on {focused}");
    }

    public static async Task TabAndTypeAsync(IPage page, ILocator field, string text)
    {
        await TabToAsync(page, field);
        await page.Keyboard.TypeAsync(text);
    }

    public static async Task TabAndPressAsync(IPage page, ILocator control, string key = "Enter")
    {
        await TabToAsync(page, control);
        await page.Keyboard.PressAsync(key);
    }
}
