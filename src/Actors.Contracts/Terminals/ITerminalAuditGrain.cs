using Actors.Domain.Terminals;

namespace Actors.Contracts.Terminals;

/// <summary>Everything done to a terminal's ownership: who, when, what, in which role, from which address. Keyed by terminal id.</summary>
public interface ITerminalAuditGrain : IGrainWithStringKey
{
    Task Append(TerminalAuditEntry entry);
    Task<TerminalAudit> Get();
}

/// <summary>
/// One thing done to the terminal. <see cref="Detail"/> is the server's English sentence (kept for the record and for
/// entries written before <see cref="Transfer"/> was); <see cref="Transfer"/> holds the same facts for screens to word
/// in their user's language.
/// </summary>
[GenerateSerializer, Immutable, Alias("bg.TerminalAuditEntry")]
public sealed record TerminalAuditEntry(
    DateTimeOffset At, string By, string ByName, string Role, string Action, string Detail, string? Address, AuditedTransfer? Transfer = null);

/// <summary>The transfer a step belongs to: which, of what kind, from whom to whom, the step's note, and whether it completed it.</summary>
[GenerateSerializer, Immutable, Alias("bg.AuditedTransfer")]
public sealed record AuditedTransfer(string TransferId, TransferKind Kind, string? FromStaffId, string ToStaffId, string? Note, bool Completed);

[GenerateSerializer, Immutable, Alias("bg.TerminalAudit")]
public sealed record TerminalAudit(string TerminalId, IReadOnlyList<TerminalAuditEntry> Entries);
