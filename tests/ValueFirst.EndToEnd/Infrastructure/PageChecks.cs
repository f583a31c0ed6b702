using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ValueFirst.EndToEnd.Infrastructure;

/// <summary>What every main page must get right whatever it shows: axe's serious and critical rules, a label on every
/// form control, no sideways scrolling on a phone, and touch-sized targets.</summary>
public static class PageChecks
{
    /// <summary>Smallest height of a button, text field or list on a phone: the usual 44 CSS pixels for a finger.</summary>
    public const int TouchTarget = 44;

    /// <summary>Smallest checkbox on a phone (WCAG 2.2's minimum target; its label is part of the target too).</summary>
    public const int SmallTouchTarget = 24;

    // Only the violations are asked for (axe then skips the details of every passing node), and axe runs in the page
    // itself: the default "partial" run finishes in a second, blank page, which took ~10 s a run here. The app has no
    // frames, which is all the partial run adds.
    private static readonly AxeRunOptions AxeOptions = new() { ResultTypes = [ResultType.Violations] };

    /// <summary>Waits until the page shows its own content: its heading, nothing still loading, its styles and fonts in.</summary>
    /// <remarks>Not "network idle": Playwright discourages it, and a page that keeps any request open (a slow circuit
    /// under load falling back from its WebSocket) never reaches it, which failed a phone flow on a busy CI machine.
    /// What the checks measure depends on the layout only, which is settled once the load event and the fonts are.</remarks>
    public static async Task ReadyAsync(IPage page)
    {
        await Expect(page.Locator("h1").First).ToBeVisibleAsync();
        await Expect(page.GetByText("Loading…")).ToHaveCountAsync(0);
        await page.WaitForLoadStateAsync(LoadState.Load);
        await page.EvaluateAsync("() => document.fonts.ready.then(() => true)");
    }

    /// <summary>axe's violations of impact serious or critical (a missing label is critical), one line each.</summary>
    public static async Task<List<string>> SeriousAxeViolationsAsync(IPage page)
    {
        // Buttons and fields fade their colours for 0.15 s; measured mid-fade (right after a theme switch on a slow
        // machine) a dark button on a not-yet-dark page reads as low contrast.
        await page.EvaluateAsync("""
            () => Promise.all(document.getAnimations()
                .filter(a => a instanceof CSSTransition)
                .map(a => a.finished.catch(() => null)))
            """);
#pragma warning disable CS0618 // Obsolete for pages with cross-origin frames, which the app has none of; the version is pinned.
        var result = await page.Locator("html").RunAxeLegacy(AxeOptions);
#pragma warning restore CS0618
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at " +
                         string.Join(" | ", v.Nodes.Take(4).Select(n => $"{n.Target} {n.Html}")))
            .ToList();
    }

    /// <summary>Form controls with no accessible name from a label, aria-label, aria-labelledby or title.</summary>
    public static Task<string[]> UnlabelledControlsAsync(IPage page) =>
        page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('input, select, textarea')]
                .filter(el => el.type !== 'hidden')
                .filter(el => !(el.labels && el.labels.length > 0)
                    && !el.getAttribute('aria-label')
                    && !el.getAttribute('aria-labelledby')
                    && !el.getAttribute('title'))
                .map(el => el.outerHTML.slice(0, 160))
            """);

    /// <summary>How many CSS pixels the page is wider than the window (0 when nothing scrolls sideways).</summary>
    public static Task<int> SidewaysOverflowAsync(IPage page) =>
        page.EvaluateAsync<int>("() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth)");

    /// <summary>Visible buttons, fields and checkboxes in the page's main content smaller than a fingertip.</summary>
    public static Task<string[]> SmallTouchTargetsAsync(IPage page) =>
        page.EvaluateAsync<string[]>($$"""
            () => [...document.querySelectorAll('main .btn, main input, main select, main textarea, .nav-toggle')]
                .filter(el => el.type !== 'hidden' && el.type !== 'file' && el.offsetParent !== null)
                .filter(el => {
                    const box = el.getBoundingClientRect();
                    const min = el.type === 'checkbox' || el.type === 'radio' ? {{SmallTouchTarget}} : {{TouchTarget}};
                    return box.height + 0.5 < min;
                })
                .map(el => `${Math.round(el.getBoundingClientRect().height)}px ${el.outerHTML.slice(0, 120)}`)
            """);
}
