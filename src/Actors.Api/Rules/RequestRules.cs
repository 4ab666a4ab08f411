using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Actors.Domain;

namespace Actors.Api.Rules;

/// <summary>A request record's rules that involve several of its fields (which id a transaction type needs); field names relative to the record.</summary>
public interface ICrossFieldRules
{
    IEnumerable<Refusal> Refusals(GridClock clock);
}

/// <summary>
/// Checks a request record against the rules on its properties (<see cref="RequiredAttribute"/> and the
/// <see cref="FieldRuleAttribute"/>s), into its nested records and lists; each refusal names its JSON path
/// ("riskSignals[2].note").
/// </summary>
public static class RequestRules
{
    private sealed record Field(PropertyInfo Property, string Name, bool Required, FieldRuleAttribute[] Rules, bool Nested);

    private static readonly ConcurrentDictionary<Type, Field[]> Fields = new();

    /// <summary>Whether a request of this type has rules to check (its own or its nested records').</summary>
    public static bool HasRules(Type type) => FieldsOf(type).Length > 0;

    public static List<Refusal> Check(object request, GridClock clock)
    {
        var refusals = new List<Refusal>();
        Check(request, "", clock, refusals);
        return refusals;
    }

    private static void Check(object request, string prefix, GridClock clock, List<Refusal> refusals)
    {
        if (request is ICrossFieldRules crossField)
        {
            refusals.AddRange(crossField.Refusals(clock).Select(r => r with { Field = prefix + r.Field }));
        }
        foreach (var field in FieldsOf(request.GetType()))
        {
            var path = prefix + field.Name;
            var value = field.Property.GetValue(request);
            if (value is null || value is string text && field.Required && string.IsNullOrWhiteSpace(text))
            {
                if (field.Required)
                {
                    refusals.Add(Refusal.Invalid(path, "is required", "必须填写"));
                }
                continue;
            }
            var items = value is IEnumerable list and not string ? list.Cast<object?>().ToList() : null;
            for (var i = 0; items is not null && i < items.Count; i++)
            {
                if (items[i] is null)
                {
                    refusals.Add(Refusal.Invalid($"{path}[{i}]", "must not be null", "不能为 null"));
                }
            }
            foreach (var rule in field.Rules)
            {
                if (items is null || !rule.AppliesToItems)
                {
                    Add(refusals, rule.Check(path, value, clock));
                    continue;
                }
                for (var i = 0; i < items.Count; i++)
                {
                    Add(refusals, items[i] is { } item ? rule.Check($"{path}[{i}]", item, clock) : null);
                }
            }
            if (field.Nested)
            {
                if (items is null)
                {
                    Check(value, path + ".", clock, refusals);
                }
                else
                {
                    for (var i = 0; i < items.Count; i++)
                    {
                        if (items[i] is { } item)
                        {
                            Check(item, $"{path}[{i}].", clock, refusals);
                        }
                    }
                }
            }
        }
    }

    private static void Add(List<Refusal> refusals, Refusal? refusal)
    {
        if (refusal is not null)
        {
            refusals.Add(refusal);
        }
    }

    private static Field[] FieldsOf(Type type) => Fields.GetOrAdd(type, static t =>
    {
        if (!IsRecordOfTheGrid(t))
        {
            return [];
        }
        if (typeof(ICrossFieldRules).IsAssignableFrom(t) && !t.GetProperties().Any(p => p.IsDefined(typeof(RequiredAttribute)) || p.IsDefined(typeof(FieldRuleAttribute))))
        {
            throw new InvalidOperationException($"{t.Name} has cross-field rules but no field rules to trigger them");
        }
        return [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .Select(p => new Field(p, JsonNameOf(p), p.IsDefined(typeof(RequiredAttribute)),
                [.. p.GetCustomAttributes<FieldRuleAttribute>()], IsNestedWithRules(p.PropertyType)))
            .Where(f => f.Required || f.Rules.Length > 0 || f.Nested)];
    });

    private static bool IsNestedWithRules(Type type)
    {
        var element = ElementOf(type) ?? type;
        return IsRecordOfTheGrid(element) && FieldsOf(element).Length > 0;
    }

    private static Type? ElementOf(Type type) => type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static bool IsRecordOfTheGrid(Type type) => type.IsClass && type != typeof(string) && type.Namespace?.StartsWith("Actors.", StringComparison.Ordinal) == true;

    public static string JsonNameOf(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
}
