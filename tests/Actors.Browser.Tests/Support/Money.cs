using System.Globalization;

namespace Actors.Browser.Tests.Support;

public static class Money
{
    /// <summary>A sum as the screens write it in English (and in Chinese below 1,000,000): ¥12,345.67.</summary>
    public static string Yuan(decimal amount) => "¥" + amount.ToString("#,0.00", CultureInfo.InvariantCulture);
}
