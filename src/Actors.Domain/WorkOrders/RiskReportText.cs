namespace Actors.Domain.WorkOrders;

/// <summary>The risk report escalated with the signals: what the department reads first, in one paragraph.</summary>
public static class RiskReportText
{
    public static string Compose(string clientName, string clientId, string institutionId, IReadOnlyList<SignalAnswer> signals, WorkPaperAnswers paper)
    {
        var found = string.Join("; ", signals.Select(s => s.Note is { Length: > 0 } note ? $"{s.Signal}: {note}" : $"{s.Signal}"));
        var business = paper.BusinessRunningNormally == true ? "running normally" : "NOT running normally";
        var pressure = paper.RepaymentPressure == true ? "under repayment pressure" : "no repayment pressure stated";
        return $"Client {clientName} ({clientId}) of {institutionId}: {signals.Count} risk signal(s) found on the after-sales visit: {found}. "
            + $"Business {business}{Note(paper.BusinessNote)}; {pressure}{Note(paper.RepaymentPressureNote)}."
            + (string.IsNullOrWhiteSpace(paper.Suggestions) ? "" : $" Suggestions: {paper.Suggestions}");
    }

    private static string Note(string? note) => string.IsNullOrWhiteSpace(note) ? "" : $" ({note})";
}
