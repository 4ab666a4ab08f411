namespace Actors.Domain.WorkOrders;

/// <summary>The answers of the work paper, as filled on the visit.</summary>
public sealed record WorkPaperAnswers(
    bool? BusinessRunningNormally,
    string? BusinessNote,
    bool? RepaymentPressure,
    string? RepaymentPressureNote,
    string? Suggestions,
    bool BusinessDocumentsChecked,
    bool AskedDirectlyAboutRepaymentPressure);

public sealed record SignalAnswer(RiskSignal? Signal, string? Note);

/// <summary>What a complete work paper needs; each problem names the field at fault (JSON path of the request).</summary>
public static class WorkPaperRules
{
    public const int MaxNote = 2000;
    public const int MaxSignals = 20;

    public static IReadOnlyList<(string Field, string Message)> Problems(WorkPaperAnswers? paper, IReadOnlyList<SignalAnswer>? signals, bool focus)
    {
        var problems = new List<(string, string)>();
        if (paper is null)
        {
            problems.Add(("paper", "is required"));
        }
        else
        {
            if (paper.BusinessRunningNormally is null)
            {
                problems.Add(("paper.businessRunningNormally", "is required"));
            }
            if (paper.RepaymentPressure is null)
            {
                problems.Add(("paper.repaymentPressure", "is required"));
            }
            // A "no" or a "yes" to pressure is only useful to the risk department with what was seen or said.
            if (paper.BusinessRunningNormally == false && string.IsNullOrWhiteSpace(paper.BusinessNote))
            {
                problems.Add(("paper.businessNote", "is required when the business is not running normally"));
            }
            if (paper.RepaymentPressure == true && string.IsNullOrWhiteSpace(paper.RepaymentPressureNote))
            {
                problems.Add(("paper.repaymentPressureNote", "is required when there is repayment pressure"));
            }
            Length(problems, "paper.businessNote", paper.BusinessNote);
            Length(problems, "paper.repaymentPressureNote", paper.RepaymentPressureNote);
            Length(problems, "paper.suggestions", paper.Suggestions);
            if (focus && !paper.BusinessDocumentsChecked)
            {
                problems.Add(("paper.businessDocumentsChecked", "must be true on a focused visit (a loan matures within 2 months)"));
            }
            if (focus && !paper.AskedDirectlyAboutRepaymentPressure)
            {
                problems.Add(("paper.askedDirectlyAboutRepaymentPressure", "must be true on a focused visit (a loan matures within 2 months)"));
            }
        }
        signals ??= [];
        if (signals.Count > MaxSignals)
        {
            problems.Add(("riskSignals", $"must have at most {MaxSignals} entries"));
        }
        for (var i = 0; i < signals.Count; i++)
        {
            var s = signals[i];
            if (s?.Signal is null)
            {
                problems.Add(($"riskSignals[{i}].signal", "is required"));
            }
            else if (s.Signal == RiskSignal.Other && string.IsNullOrWhiteSpace(s.Note))
            {
                problems.Add(($"riskSignals[{i}].note", "is required for Other"));
            }
            Length(problems, $"riskSignals[{i}].note", s?.Note);
        }
        return problems;
    }

    private static void Length(List<(string, string)> problems, string field, string? value)
    {
        if (value is { Length: > MaxNote })
        {
            problems.Add((field, $"must be at most {MaxNote} characters"));
        }
    }
}
