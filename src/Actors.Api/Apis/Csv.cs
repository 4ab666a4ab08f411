using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace Actors.Api.Apis;

/// <summary>CSV exports (RFC 4180) for the branches' spreadsheets: quoting, defused formulas, and a file Excel reads as UTF-8.</summary>
public static class Csv
{
    private const string FormulaStarts = "=+-@\t\r";

    /// <summary>
    /// One line, CRLF-terminated. Text is quoted and defused; numbers, flags and instants are written invariantly (a
    /// negative number stays a number), amounts (decimals) with two places; null cells are left empty.
    /// </summary>
    public static string Line(params IEnumerable<object?> cells) => string.Join(',', cells.Select(Cell)) + "\r\n";

    private static string Cell(object? value) => value switch
    {
        null => "",
        string text => Field(text),
        bool flag => flag ? "true" : "false",
        DateTimeOffset instant => instant.ToString("O", CultureInfo.InvariantCulture),
        // Every decimal in these sheets is an amount of yuan: always two places, whatever scale the value was stored with.
        decimal amount => amount.ToString("0.00", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => Field(value.ToString() ?? ""),
    };

    /// <summary>
    /// Quoted when needed; a leading formula character (= + - @, and TAB or CR, which spreadsheets skip before one) is
    /// defused so a spreadsheet shows the text, not a formula (OWASP "CSV injection").
    /// </summary>
    public static string Field(string value)
    {
        var safe = value.Length > 0 && FormulaStarts.Contains(value[0]) ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{safe.Replace("\"", "\"\"")}\"" : safe;
    }

    /// <summary>
    /// The file as a download: UTF-8 with a byte-order mark, without which Excel reads the file in the local code page
    /// and garbles Chinese names.
    /// </summary>
    public static CsvFile File(string csv, string fileName) => new(csv, fileName);
}

/// <summary>A CSV download; as a <c>Results&lt;…&gt;</c> member it declares its 200 text/csv answer in the OpenAPI document.</summary>
public sealed class CsvFile(string csv, string fileName) : IResult, IEndpointMetadataProvider
{
    public const string ContentType = "text/csv";

    public Task ExecuteAsync(HttpContext httpContext) =>
        TypedResults.File([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)], $"{ContentType}; charset=utf-8", fileName).ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string), [ContentType]));
}
