namespace Actors.Contracts.Institutions;

/// <summary>A node of the bank's tree (head office, branch, sub-branch) and the register of what belongs to it.</summary>
public interface IInstitutionGrain : IGrainWithStringKey
{
    Task<Outcome<InstitutionSnapshot>> Register(InstitutionRegistration registration);
    Task<InstitutionSnapshot?> GetSnapshot();

    /// <summary>The institution without its register (which the snapshot reads): for callers that need only where it sits in the tree.</summary>
    Task<InstitutionNode?> GetNode();

    Task<bool> Exists();

    /// <summary>The institutions directly below (a branch's sub-branches), without reading the register.</summary>
    Task<IReadOnlyList<string>> GetChildren();

    /// <summary>One list of the register (the staff of a team, say), without the others.</summary>
    Task<IReadOnlyList<string>> GetMembers(MemberKind kind);

    Task AddMember(MemberKind kind, string id);

    /// <summary>Records a child institution (a branch's sub-branches), so a branch's collections room finds its loans.</summary>
    Task AddChild(string childId);

    /// <summary>
    /// Opens the institution's monthly books if they are not (idempotent): the month-end statistics' and inactive lists'
    /// clocks, and a sub-branch's work-order book. Register does it; the silo does it again at start for data registered
    /// before a book existed, so that no read ever has to start a clock.
    /// </summary>
    Task OpenBooks();
}

/// <summary>The list of every institution, so that the bank's tree can be read from one place; and which one is its head office.</summary>
public interface IInstitutionDirectoryGrain : IGrainWithStringKey
{
    public const string Key = "bank";
    Task Add(string institutionId);
    Task<IReadOnlyList<string>> List();

    /// <summary>
    /// Makes <paramref name="institutionId"/> the bank's one head office unless another already is: true when it is the
    /// head office (now or already), false when another one is.
    /// </summary>
    Task<bool> ClaimHeadOffice(string institutionId);

    /// <summary>The bank's head office, the root of its tree; null before one is registered.</summary>
    Task<string?> HeadOffice();
}

[GenerateSerializer, Alias("bg.InstitutionKind")]
public enum InstitutionKind { HeadOffice, Branch, SubBranch }

[GenerateSerializer, Alias("bg.MemberKind")]
public enum MemberKind { Terminal, Client, Loan, Manager }

[GenerateSerializer, Immutable, Alias("bg.InstitutionRegistration")]
public sealed record InstitutionRegistration(string Name, InstitutionKind Kind, string? ParentId);

[GenerateSerializer, Immutable, Alias("bg.InstitutionNode")]
public sealed record InstitutionNode(string InstitutionId, string Name, InstitutionKind Kind, string? ParentId);

[GenerateSerializer, Immutable, Alias("bg.InstitutionSnapshot")]
public sealed record InstitutionSnapshot(
    string InstitutionId,
    string Name,
    InstitutionKind Kind,
    string? ParentId,
    IReadOnlyList<string> Terminals,
    IReadOnlyList<string> Clients,
    IReadOnlyList<string> Loans,
    IReadOnlyList<string> Managers,
    IReadOnlyList<string> Children);
