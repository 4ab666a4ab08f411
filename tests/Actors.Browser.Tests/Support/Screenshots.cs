using System.Reflection;
using Microsoft.Playwright;

namespace Actors.Browser.Tests.Support;

/// <summary>
/// Every run keeps a picture of each screen it drove, beside the test assembly (under the build's artifacts), in
/// "screens/". The ones the README shows are copied to docs/screens when BRANCHGRID_UPDATE_DOCS_SCREENS=1.
/// </summary>
public static class Screenshots
{
    public const string UpdateDocsVariable = "BRANCHGRID_UPDATE_DOCS_SCREENS";

    public static string RunDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screens");

    /// <param name="docsName">The file name in docs/screens (without .png), for the pictures the README shows.</param>
    public static async Task SaveAsync(IPage page, string name, string? docsName = null)
    {
        Directory.CreateDirectory(RunDirectory);
        var path = Path.Combine(RunDirectory, name + ".png");
        // The top of the screen, as a person walking up to it sees it first; steady: no caret, no running transitions.
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, Animations = ScreenshotAnimations.Disabled, Caret = ScreenshotCaret.Hide });
        if (docsName is not null && Environment.GetEnvironmentVariable(UpdateDocsVariable) == "1")
        {
            var docs = Path.Combine(RepositoryRoot(), "docs", "screens");
            Directory.CreateDirectory(docs);
            File.Copy(path, Path.Combine(docs, docsName + ".png"), overwrite: true);
        }
    }

    private static string RepositoryRoot() =>
        typeof(Screenshots).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;
}
