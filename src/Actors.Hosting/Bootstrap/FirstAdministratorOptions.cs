namespace Actors.Hosting.Bootstrap;

/// <summary>
/// The first member of the management department, for a bank starting without the demo network (section
/// "Grid:FirstAdministrator"). Unset <see cref="StaffId"/>: no one is created. They sign in with a password printed
/// once at start and create the institutions, staff and passwords of the rest of the bank through the API.
/// </summary>
public sealed class FirstAdministratorOptions
{
    public const string SectionName = "Grid:FirstAdministrator";

    /// <summary>Their staff id, which is also their login.</summary>
    public string? StaffId { get; set; }

    public string Name { get; set; } = "Management Department";

    /// <summary>The head office they belong to; created as the root of the institution tree if it does not exist.</summary>
    public string InstitutionId { get; set; } = "HO";

    public string InstitutionName { get; set; } = "Head Office";

    /// <summary>What is wrong with the settings, for the start to refuse (empty: none).</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (StaffId is not null && string.IsNullOrWhiteSpace(StaffId))
        {
            problems.Add($"{SectionName}:{nameof(StaffId)} is blank");
        }
        if (string.IsNullOrWhiteSpace(InstitutionId))
        {
            problems.Add($"{SectionName}:{nameof(InstitutionId)} is blank");
        }
        if (string.IsNullOrWhiteSpace(Name) || string.IsNullOrWhiteSpace(InstitutionName))
        {
            problems.Add($"{SectionName}: {nameof(Name)} and {nameof(InstitutionName)} must not be blank");
        }
        return problems;
    }
}
