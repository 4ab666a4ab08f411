using Microsoft.Playwright;

namespace Actors.Browser.Tests.Support;

/// <summary>
/// Whether a person can reach every control on a screen: each visible button, link, select and input, brought into view
/// as a person scrolls to it, must be inside the window (nothing cut at the right edge) and be what is under its own
/// centre (document.elementFromPoint): not covered by another panel, a banner or a neighbour that overflowed onto it.
/// </summary>
public static class Controls
{
    private const string Script = """
        (scope) => {
          const ancestors = (el) => { const all = []; for (let a = el.parentElement; a; a = a.parentElement) all.push(a); return all; };
          const failures = [];
          const root = document.querySelector(scope) ?? document.body;
          const controls = [...root.querySelectorAll('button, a[href], select, input:not([type=hidden]), textarea, [role=button]')];
          for (const el of controls) {
            // Not rendered (a closed dialog or details, display: none, a hidden ancestor): nothing a person could miss.
            if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: false })) continue;
            const box = el.getBoundingClientRect();
            if (box.width === 0 && box.height === 0) continue;
            el.scrollIntoView({ block: 'center', inline: 'center' });
            const r = el.getBoundingClientRect();
            // Reached only by scrolling the page, or a panel that hides its overflow, sideways: it overflowed the window.
            const sideways = [document.scrollingElement, ...ancestors(el)].find((a) => a && a.scrollLeft !== 0 && getComputedStyle(a).overflowX !== 'auto' && getComputedStyle(a).overflowX !== 'scroll');
            if (sideways) {
              failures.push(`${(el.dataset.testid || el.tagName)}: only reached by scrolling sideways (${sideways.scrollLeft} px)`);
              sideways.scrollLeft = 0;
              continue;
            }
            const name = (el.dataset.testid || el.getAttribute('name') || el.textContent || el.tagName).trim().slice(0, 40);
            if (r.left < -0.5 || r.right > window.innerWidth + 0.5 || r.top < -0.5 || r.bottom > window.innerHeight + 0.5) {
              failures.push(`${name}: outside the window (${Math.round(r.left)}–${Math.round(r.right)} of ${window.innerWidth}, ${Math.round(r.top)}–${Math.round(r.bottom)} of ${window.innerHeight})`);
              continue;
            }
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            if (!hit || !(el === hit || el.contains(hit) || (el.labels && [...el.labels].some((l) => l.contains(hit))))) {
              const by = hit ? (hit.dataset?.testid || hit.className || hit.tagName) : 'nothing';
              failures.push(`${name}: covered by ${by}`);
            }
          }
          window.scrollTo(0, 0);
          const wide = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
          if (wide > window.innerWidth + 1) failures.push(`the page is ${wide} px wide in a ${window.innerWidth} px window`);
          return { count: controls.length, failures };
        }
        """;

    /// <summary>Checks every control; fails naming each one out of reach, the page, the width and the language.</summary>
    /// <param name="scope">Where the controls are: the whole page, or an open dialog (the page beneath a modal is covered on purpose).</param>
    public static async Task AssertReachableAsync(IPage page, string what, string scope = "body")
    {
        var result = await page.EvaluateAsync<Reach>(Script, scope);
        Assert.True(result.Count > 0, $"{what}: no control found");
        Assert.True(result.Failures.Length == 0, $"{what} ({page.ViewportSize?.Width} px): {string.Join("; ", result.Failures)}");
    }

    public sealed record Reach
    {
        public int Count { get; set; }
        public string[] Failures { get; set; } = [];
    }
}
