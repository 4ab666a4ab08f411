using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Nodes;
using Actors.Api.Http;
using Actors.Api.Rules;
using Actors.Domain;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Actors.Api.OpenApi;

/// <summary>
/// The OpenAPI document at /openapi/v1.json, complete enough to generate a client from: every operation named, described
/// and typed from its handler's signature; enums as their names; each request field with the rules the server checks
/// (required, id alphabet, lengths, amounts, date bounds); errors as ProblemDetails.
/// </summary>
public static class GridOpenApi
{
    public const string Title = "BranchGrid";

    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Sign-in"] = "Staff sign-in with a cookie; every other route needs it.",
        ["Transactions"] = "Transactions from the core banking and acquiring systems.",
        ["Institutions and staff"] = "The bank's institutions and its staff register.",
        ["Clients"] = "Clients, their managers, visits and the managers' KPIs.",
        ["Terminals and loans"] = "POS terminals and loans, with their clocks.",
        ["Terminal workflows"] = "Ownership transfers, activation claims, approvals and month-end inactive lists.",
        ["Collections"] = "Collectors, calls, promises to pay, wall boards and collectors' worklists.",
        ["Lobby"] = "The branch lobby: tickets, desks, complaints and prospects.",
        ["Worklist"] = "Each member of staff's worklist.",
        ["Work orders"] = "After-sales visit work orders and the retail risk department's list.",
        ["Month end"] = "Month-end statistics.",
    };

    public static IServiceCollection AddGridOpenApi(this IServiceCollection services) => services.AddOpenApi(options =>
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = Title,
                Version = "v1",
                Description = "The real-time operations grid of a bank's branch network. JSON in camelCase; enums as their PascalCase names; "
                    + "instants with their offset; money with two decimals; refusals as ProblemDetails in the caller's language (Accept-Language: en or zh-CN).",
                Contact = new OpenApiContact { Name = "BranchGrid", Url = new Uri("https://github.com/branchgrid") },
            };
            document.Servers = [new OpenApiServer { Url = "http://127.0.0.1:5080", Description = "A silo on its default address" }];
            var used = document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []).SelectMany(o => o.Tags ?? new HashSet<OpenApiTagReference>())
                .Select(t => t.Name).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            document.Tags = new HashSet<OpenApiTag>(used.Select(name => new OpenApiTag
            {
                Name = name,
                Description = TagDescriptions.GetValueOrDefault(name, name),
            }));
            return Task.CompletedTask;
        });
        options.AddSchemaTransformer((schema, context, _) =>
        {
            var declared = context.JsonTypeInfo.Type;
            var type = Nullable.GetUnderlyingType(declared) ?? declared;
            var orNull = declared != type ? JsonSchemaType.Null : 0;
            if (type.IsEnum)
            {
                (schema.Type, schema.Enum) = (JsonSchemaType.String, EnumNames(type));
            }
            else if (ItemsOf(type) is { IsEnum: true } item && schema.Items is null)
            {
                // The schema exporter cannot see through the grid's enum converter inside a list: say it here.
                var nullable = Nullable.GetUnderlyingType(item) is not null;
                var names = EnumNames(Nullable.GetUnderlyingType(item) ?? item);
                schema.Items = new OpenApiSchema { Type = JsonSchemaType.String | (nullable ? JsonSchemaType.Null : 0), Enum = names };
            }
            else if (ItemsOf(type) == typeof(DateOnly) && schema.Items is null)
            {
                // Nor through the grid's date converter inside a list (a calendar's make-up working days).
                schema.Items = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date", Pattern = DatePattern };
            }
            else if (type == typeof(DateTimeOffset))
            {
                (schema.Type, schema.Format, schema.Pattern) = (JsonSchemaType.String | orNull, "date-time", InstantPattern);
            }
            else if (type == typeof(DateOnly))
            {
                (schema.Type, schema.Format, schema.Pattern) = (JsonSchemaType.String | orNull, "date", DatePattern);
            }
            else if (type == typeof(decimal))
            {
                (schema.Type, schema.Format, schema.Pattern) = (JsonSchemaType.Number | orNull, "decimal", null);
            }
            else if (context.JsonPropertyInfo is null && RequestRules.HasRules(type))
            {
                schema.Required = new HashSet<string>(type.GetProperties().Where(p => p.IsDefined(typeof(RequiredAttribute))).Select(RequestRules.JsonNameOf));
                (schema.Extensions ??= new Dictionary<string, IOpenApiExtension>())[RequestMark] = new JsonNodeExtension(true);
            }
            if (!type.IsEnum && context.JsonPropertyInfo is { AttributeProvider: PropertyInfo property })
            {
                Describe(schema, property);
            }
            return Task.CompletedTask;
        });
        // A required field of a request is never null, whatever its C# type says (it is nullable only to notice it missing).
        options.AddDocumentTransformer((document, _, _) =>
        {
            foreach (var schema in document.Components?.Schemas?.Values.OfType<OpenApiSchema>() ?? [])
            {
                if (schema.Extensions?.Remove(RequestMark) != true)
                {
                    continue;
                }
                foreach (var name in schema.Required ?? new HashSet<string>())
                {
                    if (schema.Properties is { } properties && properties.TryGetValue(name, out var property) && property is OpenApiSchema field)
                    {
                        properties[name] = NotNull(field);
                    }
                }
            }
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, _, _) =>
        {
            foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            {
                // Query names as clients send them (binding ignores case): a record's InstitutionId is ?institutionId=.
                if (parameter.In == ParameterLocation.Query && parameter.Name is { } queryName)
                {
                    parameter.Name = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(queryName);
                }
                if (parameter.Name is { } name && RouteIds.IsId(name) && parameter.Schema is OpenApiSchema schema)
                {
                    new GridIdAttribute().Describe(schema);
                }
                parameter.Description ??= parameter.In == ParameterLocation.Path ? $"The {parameter.Name} named by the path." : $"The {parameter.Name} filter.";
            }
            return Task.CompletedTask;
        });
    });

    private const string RequestMark = "x-grid-request";

    private static List<JsonNode> EnumNames(Type type) => [.. Enum.GetNames(type).Select(n => (JsonNode)JsonValue.Create(n))];

    private static Type? ItemsOf(Type type) => type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private const string InstantPattern = @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$";
    private const string DatePattern = @"^\d{4}-\d{2}-\d{2}$";

    /// <summary>A request field: the rules the server checks on it, on the field or on each of its items.</summary>
    private static void Describe(OpenApiSchema schema, PropertyInfo property)
    {
        foreach (var rule in property.GetCustomAttributes<FieldRuleAttribute>())
        {
            var target = rule.AppliesToItems && schema.Items is OpenApiSchema items ? items : schema;
            rule.Describe(target);
        }
    }

    /// <summary>The schema without null: a nullable reference (oneOf null or the type) becomes the reference itself.</summary>
    private static IOpenApiSchema NotNull(OpenApiSchema schema)
    {
        if (schema.Type is { } type)
        {
            schema.Type = type & ~JsonSchemaType.Null;
        }
        if (schema.OneOf is { Count: > 1 } oneOf)
        {
            var rest = oneOf.Where(s => s is not OpenApiSchema { Type: JsonSchemaType.Null }).ToList();
            if (rest.Count == 1 && rest[0] is OpenApiSchemaReference reference && string.IsNullOrEmpty(schema.Description))
            {
                return reference;
            }
            schema.OneOf = rest;
        }
        return schema;
    }
}
