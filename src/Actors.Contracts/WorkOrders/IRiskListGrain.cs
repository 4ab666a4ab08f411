namespace Actors.Contracts.WorkOrders;

/// <summary>The retail risk department's list at head office: every risk signal escalated from a visit, with its report.</summary>
public interface IRiskListGrain : IGrainWithStringKey
{
    public const string Key = "retail-risk";

    /// <summary>Adds the report (repeating the same report id is harmless).</summary>
    Task Escalate(RiskReport report);

    Task<IReadOnlyList<RiskReport>> List();
}

[GenerateSerializer, Immutable, Alias("bg.RiskReport")]
public sealed record RiskReport(
    string ReportId,
    string WorkOrderId,
    string InstitutionId,
    string ClientId,
    string ClientName,
    string ReportedBy,
    DateTimeOffset ReportedAt,
    IReadOnlyList<RiskSignalEntry> Signals,
    string Report);
