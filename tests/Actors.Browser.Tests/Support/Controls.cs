using Microsoft.Playwright;

namespace Actors.Browser.Tests.Support;

/// <summary>Whether a person can reach every control of a screen: nothing covers it, nothing pushes it out of the window.</summary>
public static class Controls
{
    /// <summary>
    /// Each visible button under <paramref name="scope"/>: scrolled into view as a person would, it lies in the
    /// window and the element there (elementFromPoint) is the button itself or inside it. Answers the ones that fail, in words.
    /// </summary>
    public static async Task<IReadOnlyList<string>> UnreachableButtonsAsync(IPage page, string scope = "body")
    {
        var failures = new List<string>();
        var buttons = page.Locator($"{scope} button:visible");
        var count = await buttons.CountAsync();
        Assert.True(count > 0, $"no button under {scope}");
        for (var i = 0; i < count; i++)
        {
            var button = buttons.Nth(i);
            var problem = await button.EvaluateAsync<string?>(
                """
                b => {
                  b.scrollIntoView({ block: 'center', inline: 'nearest' });
                  const r = b.getBoundingClientRect();
                  const name = (b.dataset.testid || b.textContent || '').trim();
                  if (r.width === 0 || r.height === 0) return null;
                  if (r.left < 0 || r.right > window.innerWidth || r.top < 0 || r.bottom > window.innerHeight)
                    return `${name}: outside the window at ${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}x${Math.round(r.height)}`;
                  const x = r.left + r.width / 2, y = r.top + r.height / 2;
                  const top = document.elementFromPoint(x, y);
                  if (top === b || b.contains(top)) return null;
                  return `${name}: covered by ${top ? top.tagName.toLowerCase() + (top.className ? '.' + String(top.className).replace(/ /g, '.') : '') + ' ' + (top.textContent || '').trim().slice(0, 40) : 'nothing'}`;
                }
                """);
            if (problem is not null)
            {
                failures.Add(problem);
            }
        }
        return failures;
    }
}
