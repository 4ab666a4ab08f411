using Actors.Domain.Loans;

namespace Actors.Domain.Tests;

/// <summary>Records compare lists by reference; two statuses are equal when their values are.</summary>
internal sealed class StatusComparer : IEqualityComparer<LoanStatus>
{
    public static StatusComparer Instance { get; } = new();

    public bool Equals(LoanStatus? x, LoanStatus? y) =>
        x is not null && y is not null
        && x with { PaidPerInstallment = [] } == y with { PaidPerInstallment = [] }
        && x.PaidPerInstallment.SequenceEqual(y.PaidPerInstallment);

    public int GetHashCode(LoanStatus obj) => obj.Stage.GetHashCode();
}
