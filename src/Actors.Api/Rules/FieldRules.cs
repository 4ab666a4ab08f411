using System.Collections;
using System.Globalization;
using System.Text.Json.Nodes;
using Actors.Domain;
using Microsoft.OpenApi;

namespace Actors.Api.Rules;

/// <summary>
/// A rule on one field of a request: checked before the handler runs (<see cref="Http.GridPipeline"/>) and written into
/// the field's OpenAPI schema (<see cref="Describe"/>), so the document says exactly what the server checks.
/// On a list, the rule applies to each item (except the rules about the list itself).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = true)]
public abstract class FieldRuleAttribute : Attribute
{
    public virtual bool AppliesToItems => true;

    /// <summary>Null when <paramref name="value"/> (never null here) passes.</summary>
    public abstract Refusal? Check(string field, object value, GridClock clock);

    public abstract void Describe(OpenApiSchema schema);

    protected static void Explain(OpenApiSchema schema, string sentence) =>
        schema.Description = string.IsNullOrEmpty(schema.Description) ? sentence : $"{schema.Description} {sentence}";
}

/// <summary>An id of the grid (<see cref="EntityIds"/>): letters and digits of any script, '-', '_', '.', at most 64.</summary>
public sealed class GridIdAttribute : FieldRuleAttribute
{
    public override Refusal? Check(string field, object value, GridClock clock) => value is ""
        ? Refusal.Invalid(field, "must not be empty (leave it out instead)", "不能为空（不填请省略此字段）")
        : EntityIds.Check(field, value as string);

    public override void Describe(OpenApiSchema schema)
    {
        schema.Pattern = EntityIds.Pattern;
        schema.MaxLength = EntityIds.MaxLength;
        schema.MinLength = 1;
    }
}

/// <summary>Free text: at most <paramref name="maxLength"/> characters, and no NUL.</summary>
public sealed class TextAttribute(int maxLength) : FieldRuleAttribute
{
    public int MaxLength { get; } = maxLength;

    public override Refusal? Check(string field, object value, GridClock clock) => value switch
    {
        string { Length: var length } when length > MaxLength =>
            Refusal.Invalid(field, $"must be at most {MaxLength} characters", $"最多 {MaxLength} 个字符"),
        string text when text.Contains('\0') => Refusal.Invalid(field, "must not contain NUL", "不能包含 NUL 字符"),
        _ => null,
    };

    public override void Describe(OpenApiSchema schema) => schema.MaxLength = MaxLength;
}

/// <summary>Money in CNY: more than 0, in fen (two decimals) at most, below a trillion.</summary>
public sealed class AmountAttribute : FieldRuleAttribute
{
    public const decimal Ceiling = 1_000_000_000_000m;

    public override Refusal? Check(string field, object value, GridClock clock) => value switch
    {
        decimal v when v <= 0 => Refusal.Invalid(field, "must be greater than 0", "必须大于 0"),
        decimal v when v != decimal.Round(v, 2) => Refusal.Invalid(field, "must have at most 2 decimal places", "最多两位小数"),
        decimal v when v >= Ceiling => Refusal.Invalid(field, "is too large", "金额过大"),
        _ => null,
    };

    public override void Describe(OpenApiSchema schema)
    {
        schema.ExclusiveMinimum = "0";
        schema.ExclusiveMaximum = Ceiling.ToString(CultureInfo.InvariantCulture);
        schema.MultipleOf = 0.01m;
        Explain(schema, "CNY, at most two decimals.");
    }
}

/// <summary>A number between <paramref name="minimum"/> and <paramref name="maximum"/>, both included.</summary>
public sealed class BetweenAttribute(double minimum, double maximum) : FieldRuleAttribute
{
    public override Refusal? Check(string field, object value, GridClock clock)
    {
        var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
        return number < minimum || number > maximum
            ? Refusal.Invalid(field, $"must be between {minimum.ToString(CultureInfo.InvariantCulture)} and {maximum.ToString(CultureInfo.InvariantCulture)}",
                $"必须在 {minimum.ToString(CultureInfo.InvariantCulture)} 到 {maximum.ToString(CultureInfo.InvariantCulture)} 之间")
            : null;
    }

    public override void Describe(OpenApiSchema schema)
    {
        schema.Minimum = minimum.ToString(CultureInfo.InvariantCulture);
        schema.Maximum = maximum.ToString(CultureInfo.InvariantCulture);
    }
}

/// <summary>A list of <paramref name="minimum"/> to <paramref name="maximum"/> items.</summary>
public sealed class ItemsAttribute(int minimum, int maximum) : FieldRuleAttribute
{
    public override bool AppliesToItems => false;

    public override Refusal? Check(string field, object value, GridClock clock)
    {
        var count = value is ICollection collection ? collection.Count : ((IEnumerable)value).Cast<object?>().Count();
        return count < minimum ? Refusal.Invalid(field, $"must have at least {minimum} item(s)", $"至少 {minimum} 项")
            : count > maximum ? Refusal.Invalid(field, $"must have at most {maximum} items", $"最多 {maximum} 项")
            : null;
    }

    public override void Describe(OpenApiSchema schema)
    {
        schema.MinItems = minimum;
        schema.MaxItems = maximum;
    }
}

/// <summary>
/// Bounds on a date or an instant, as business dates (brief §7: China Standard Time): not before <see cref="Earliest"/>
/// (YYYY-MM-DD), not more than <see cref="MaxDaysBack"/> days before today, not more than <see cref="MaxDaysAhead"/> days
/// after today (0: not in the future).
/// </summary>
public sealed class DatesAttribute : FieldRuleAttribute
{
    public string? Earliest { get; init; }
    public int MaxDaysBack { get; init; } = -1;
    public int MaxDaysAhead { get; init; } = -1;

    public override Refusal? Check(string field, object value, GridClock clock)
    {
        var date = value switch
        {
            DateOnly d => d,
            DateTimeOffset instant => clock.DateOf(instant),
            _ => throw new InvalidOperationException($"[Dates] on {field}, which is no date"),
        };
        var today = clock.Today;
        if (Earliest is not null && date < DateOnly.Parse(Earliest, CultureInfo.InvariantCulture))
        {
            return Refusal.Invalid(field, $"must not be before {Earliest}", $"不能早于 {Earliest}");
        }
        if (MaxDaysBack >= 0 && date < today.AddDays(-MaxDaysBack))
        {
            return Refusal.Invalid(field, $"must not be more than {MaxDaysBack} days ago", $"不能早于 {MaxDaysBack} 天前");
        }
        if (MaxDaysAhead == 0 && date > today)
        {
            return Refusal.Invalid(field, "must not be in the future", "不能是将来的日期");
        }
        if (MaxDaysAhead > 0 && date > today.AddDays(MaxDaysAhead))
        {
            return Refusal.Invalid(field, $"must be within {MaxDaysAhead} days from today", $"必须在今天起 {MaxDaysAhead} 天之内");
        }
        return null;
    }

    public override void Describe(OpenApiSchema schema)
    {
        var bounds = new List<string>();
        if (Earliest is not null)
        {
            bounds.Add($"not before {Earliest}");
        }
        if (MaxDaysBack >= 0)
        {
            bounds.Add($"at most {MaxDaysBack} days before today");
        }
        bounds.Add(MaxDaysAhead switch
        {
            0 => "not after today",
            > 0 => $"at most {MaxDaysAhead} days after today",
            _ => "",
        });
        Explain(schema, $"Business date (UTC+08:00) {string.Join(", ", bounds.Where(b => b.Length > 0))}.");
        schema.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        schema.Extensions["x-date-bounds"] = new JsonNodeExtension(new JsonObject
        {
            ["earliest"] = Earliest,
            ["maxDaysBack"] = MaxDaysBack >= 0 ? MaxDaysBack : null,
            ["maxDaysAhead"] = MaxDaysAhead >= 0 ? MaxDaysAhead : null,
        });
    }
}

/// <summary>A month as YYYY-MM ("2026-13" is not one), within the wire's years.</summary>
public sealed class MonthAttribute : FieldRuleAttribute
{
    public override Refusal? Check(string field, object value, GridClock clock) =>
        Http.MonthParameter.TryParse(value as string, out var first) && Json.WireDates.Holds(first.Year)
            ? null
            : Refusal.Invalid(field, "must be a month as YYYY-MM", "必须是 YYYY-MM 格式的月份");

    public override void Describe(OpenApiSchema schema)
    {
        schema.Pattern = @"^\d{4}-(0[1-9]|1[0-2])$";
        Explain(schema, "A month as YYYY-MM.");
    }
}

/// <summary>A business date as YYYY-MM-DD (a query parameter), within the wire's years.</summary>
public sealed class DayAttribute : FieldRuleAttribute
{
    public override Refusal? Check(string field, object value, GridClock clock) =>
        DateOnly.TryParseExact(value as string, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && Json.WireDates.Holds(day.Year)
            ? null
            : Refusal.Invalid(field, "must be a date as YYYY-MM-DD", "必须是 YYYY-MM-DD 格式的日期");

    public override void Describe(OpenApiSchema schema) => schema.Format = "date";
}

/// <summary>A query value that names a member of <paramref name="enumType"/> (in any letter case, never a number).</summary>
public sealed class EnumNameAttribute(Type enumType) : FieldRuleAttribute
{
    public override Refusal? Check(string field, object value, GridClock clock) =>
        value is string text && Enum.GetNames(enumType).Any(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase))
            ? null
            : Refusal.Invalid(field, $"must be one of: {string.Join(", ", Enum.GetNames(enumType))}", $"必须是以下之一：{string.Join("、", Enum.GetNames(enumType))}");

    public override void Describe(OpenApiSchema schema)
    {
        schema.Type = JsonSchemaType.String | (schema.Type & JsonSchemaType.Null);
        schema.Enum = [.. Enum.GetNames(enumType).Select(n => (JsonNode)JsonValue.Create(n))];
    }
}

/// <summary>An action code of the security audit, or its area (<see cref="Domain.Audit.AuditActions.IsCode"/>).</summary>
public sealed class AuditActionAttribute : FieldRuleAttribute
{
    public override Refusal? Check(string field, object value, GridClock clock) => Domain.Audit.AuditActions.IsCode(value as string)
        ? null
        : Refusal.Invalid(field, "must be an action code such as sign-in.failed, or its area such as sign-in", "必须是操作代码（如 sign-in.failed）或其类别（如 sign-in）");

    public override void Describe(OpenApiSchema schema)
    {
        schema.Pattern = @"^[a-z0-9-]+(\.[a-z0-9-]+)*$";
        schema.MaxLength = 100;
    }
}
