using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Actors.Api.Http;

/// <summary>The <c>month</c> query parameter of the monthly reads: "YYYY-MM".</summary>
public static class MonthParameter
{
    /// <summary>The month's 1st, when <paramref name="month"/> is a real month written as YYYY-MM ("2026-13" is not).</summary>
    public static bool TryParse([NotNullWhen(true)] string? month, out DateOnly first) =>
        DateOnly.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out first);

    /// <summary>The 1st of a month that the request rules already checked.</summary>
    public static DateOnly Parse(string month) => TryParse(month, out var first) ? first : throw new FormatException($"not a month: {month}");
}
