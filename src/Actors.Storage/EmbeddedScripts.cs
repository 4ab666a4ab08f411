namespace Actors.Storage;

/// <summary>The SQL scripts of one store embedded in this assembly (<c>Sql/&lt;store&gt;/*.sql</c>), in the order they are applied.</summary>
internal sealed class EmbeddedScripts(string folder, string store)
{
    private readonly string _prefix = $"Actors.Storage.Sql.{folder}.";

    /// <summary>The script names (e.g. <c>0001-Main.sql</c>) in name order, which is the order they are applied.</summary>
    public IReadOnlyList<string> Names => field ??= typeof(EmbeddedScripts).Assembly
        .GetManifestResourceNames()
        .Where(name => name.StartsWith(_prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
        .Select(name => name[_prefix.Length..])
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>Returns the text of an embedded script.</summary>
    public string Read(string script)
    {
        using var stream = typeof(EmbeddedScripts).Assembly.GetManifestResourceStream(_prefix + script)
            ?? throw new ArgumentException($"No embedded {store} script named '{script}'.", nameof(script));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
