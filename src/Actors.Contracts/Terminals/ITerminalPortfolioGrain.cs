using Actors.Domain;

namespace Actors.Contracts.Terminals;

/// <summary>The terminals a member of staff maintains, kept by the terminals themselves; a departure transfer reads it. Keyed by staff id.</summary>
public interface ITerminalPortfolioGrain : IGrainWithStringKey
{
    Task Add(string terminalId);
    Task Remove(string terminalId);
    Task<IReadOnlyList<string>> List();

    /// <summary>
    /// The leaver's whole portfolio to one receiver: one departure transfer per terminal the leaver maintains, each
    /// through the six steps, filed by <paramref name="applicant"/>. A terminal that cannot be handed over now (another
    /// transfer open on it, say) is listed with why; the others are filed.
    /// </summary>
    Task<Outcome<Departure>> HandOver(string toStaffId, string reason, StaffActor applicant);
}

/// <summary>A departure as filed: the transfers, and the terminals left out with why.</summary>
[GenerateSerializer, Immutable, Alias("bg.Departure")]
public sealed record Departure(IReadOnlyList<TransferView> Filed, IReadOnlyList<TerminalLeftOut> LeftOut);

[GenerateSerializer, Immutable, Alias("bg.TerminalLeftOut")]
public sealed record TerminalLeftOut(string TerminalId, Refusal Reason);
