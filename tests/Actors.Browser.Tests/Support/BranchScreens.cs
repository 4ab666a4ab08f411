namespace Actors.Browser.Tests.Support;

/// <summary>The screens a branch works on: the PCs' widths (1280, 1366, 1920) in each language the staff read.</summary>
public static class BranchScreens
{
    public static TheoryData<int, int, string> WidthsAndLanguages => new()
    {
        { 1280, 800, "en" }, { 1366, 768, "en" }, { 1920, 1080, "en" },
        { 1280, 800, "zh-CN" }, { 1366, 768, "zh-CN" }, { 1920, 1080, "zh-CN" },
    };
}
