using System.Globalization;

namespace Actors.Browser.Tests.Support;

public static class Money
{
    /// <summary>A sum as every screen writes it, in either language: ¥12,345.67.</summary>
    public static string Yuan(decimal amount) => "¥" + amount.ToString("#,0.00", CultureInfo.InvariantCulture);
}
