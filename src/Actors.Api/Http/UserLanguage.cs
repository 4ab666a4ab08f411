using Microsoft.AspNetCore.Http;

namespace Actors.Api.Http;

/// <summary>The language a person reads the grid's answers in: zh-CN for any Chinese in Accept-Language, else English.</summary>
public static class UserLanguage
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    public static string Of(HttpContext http)
    {
        foreach (var language in http.Request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1))
        {
            var tag = language.Value.Value ?? "";
            if (tag.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
            {
                return Chinese;
            }
            if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                return English;
            }
        }
        return English;
    }
}
