namespace Actors.Domain.Audit;

/// <summary>
/// One event for the security audit: what happened (<see cref="Action"/>, a stable code from <see cref="AuditActions"/>
/// or a feature's own, "area.event"), who did it (<see cref="Actor"/>: a staff id, the login tried, "upstream", a device),
/// the institution they belong to, from which <see cref="Address"/>, to what (<see cref="Target"/>: "staff/SB-FT-CM1",
/// "POST /api/clients/C-1/adverse-record"), in whose scope (<see cref="InstitutionId"/>: the management department
/// covering it reads it; none: head office only) and any <see cref="Detail"/> (English, for the record).
/// </summary>
public sealed record AuditEntry(
    string Action,
    string? Actor,
    string? ActorInstitutionId,
    string? Address,
    string? Target,
    string? InstitutionId,
    string? Detail);

/// <summary>An entry as recorded: its place in the log (<see cref="Sequence"/> grows with every entry) and when (UTC, real time).</summary>
public sealed record AuditRecord(long Sequence, DateTimeOffset At, AuditEntry Entry);

/// <summary>
/// Which entries to read, newest first: recorded in [<see cref="From"/>, <see cref="To"/>), whose action is
/// <see cref="Action"/> or starts with it and a dot ("sign-in" finds "sign-in.failed"), by <see cref="Actor"/>, in one of
/// <see cref="Institutions"/> (null: every entry, those of no institution included), older than <see cref="Before"/>.
/// </summary>
public sealed record AuditFilter(
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    string? Action = null,
    string? Actor = null,
    IReadOnlyCollection<string>? Institutions = null,
    long? Before = null,
    int Limit = 100);

/// <summary>
/// The security audit: append-only and durable, in the same store as the grains' data. Any feature appends its own
/// events (<see cref="AppendAsync"/> completes once the entry is durable); nothing changes or removes one.
/// </summary>
public interface IAuditLog
{
    Task AppendAsync(AuditEntry entry);

    Task<IReadOnlyList<AuditRecord>> ReadAsync(AuditFilter filter);
}
