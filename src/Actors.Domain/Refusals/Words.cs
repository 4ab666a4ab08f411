namespace Actors.Domain;

/// <summary>
/// What the grid says to a person, in both languages its staff read: English and Simplified Chinese (zh-CN). Written
/// where the rule decides, so a refusal's words stay beside the rule; the API picks one by the caller's Accept-Language.
/// </summary>
public sealed record Words(string En, string Zh)
{
    /// <summary>The Chinese words for a "zh…" language tag, the English ones for any other.</summary>
    public string In(string? language) => language?.StartsWith("zh", StringComparison.OrdinalIgnoreCase) == true ? Zh : En;

    public override string ToString() => En;
}
