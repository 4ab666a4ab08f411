namespace Actors.Contracts.Terminals;

/// <summary>Everything done to a terminal's ownership: who, when, what, in which role, from which address. Keyed by terminal id.</summary>
public interface ITerminalAuditGrain : IGrainWithStringKey
{
    Task Append(TerminalAuditEntry entry);
    Task<TerminalAudit> Get();
}

[GenerateSerializer, Immutable, Alias("bg.TerminalAuditEntry")]
public sealed record TerminalAuditEntry(DateTimeOffset At, string By, string ByName, string Role, string Action, string Detail, string? Address);

[GenerateSerializer, Immutable, Alias("bg.TerminalAudit")]
public sealed record TerminalAudit(string TerminalId, IReadOnlyList<TerminalAuditEntry> Entries);
