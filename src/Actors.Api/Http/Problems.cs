using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Actors.Api.Http;

/// <summary>Collects field errors; every 400 this API gives names the fields at fault.</summary>
internal sealed class Problems
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public Problems Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }
        list.Add(message);
        return this;
    }

    public string? Required(string field, string? value, int maxLength = 64)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "is required");
        }
        else if (value.Length > maxLength)
        {
            Add(field, $"must be at most {maxLength} characters");
        }
        return value;
    }

    public void RequiredValue<T>(string field, T? value) where T : struct
    {
        if (value is null)
        {
            Add(field, "is required");
        }
    }

    /// <summary>Money is positive, in fen (two decimals) at most, and below a trillion.</summary>
    public void Money(string field, decimal? value)
    {
        if (value is not { } v)
        {
            Add(field, "is required");
        }
        else if (v <= 0)
        {
            Add(field, "must be greater than 0");
        }
        else if (v != decimal.Round(v, 2))
        {
            Add(field, "must have at most 2 decimal places");
        }
        else if (v >= 1_000_000_000_000m)
        {
            Add(field, "is too large");
        }
    }

    public ValidationProblem ToResult() =>
        TypedResults.ValidationProblem(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()), title: "The request is not valid.");

    public static ValidationProblem Field(string field, string message) => new Problems().Add(field, message).ToResult();
}
