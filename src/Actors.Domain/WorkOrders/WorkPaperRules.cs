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

    public static IReadOnlyList<Refusal> Problems(WorkPaperAnswers? paper, IReadOnlyList<SignalAnswer>? signals, bool focus)
    {
        var problems = new List<Refusal>();
        if (paper is null)
        {
            problems.Add(Required("paper"));
        }
        else
        {
            if (paper.BusinessRunningNormally is null)
            {
                problems.Add(Required("paper.businessRunningNormally"));
            }
            if (paper.RepaymentPressure is null)
            {
                problems.Add(Required("paper.repaymentPressure"));
            }
            // A "no" or a "yes" to pressure is only useful to the risk department with what was seen or said.
            if (paper.BusinessRunningNormally == false && string.IsNullOrWhiteSpace(paper.BusinessNote))
            {
                problems.Add(Refusal.Invalid("paper.businessNote", "is required when the business is not running normally", "经营不正常时必须填写"));
            }
            if (paper.RepaymentPressure == true && string.IsNullOrWhiteSpace(paper.RepaymentPressureNote))
            {
                problems.Add(Refusal.Invalid("paper.repaymentPressureNote", "is required when there is repayment pressure", "有还款压力时必须填写"));
            }
            Length(problems, "paper.businessNote", paper.BusinessNote);
            Length(problems, "paper.repaymentPressureNote", paper.RepaymentPressureNote);
            Length(problems, "paper.suggestions", paper.Suggestions);
            if (focus && !paper.BusinessDocumentsChecked)
            {
                problems.Add(Refusal.Invalid("paper.businessDocumentsChecked", FocusEn, FocusZh));
            }
            if (focus && !paper.AskedDirectlyAboutRepaymentPressure)
            {
                problems.Add(Refusal.Invalid("paper.askedDirectlyAboutRepaymentPressure", FocusEn, FocusZh));
            }
        }
        signals ??= [];
        if (signals.Count > MaxSignals)
        {
            problems.Add(Refusal.Invalid("riskSignals", $"must have at most {MaxSignals} entries", $"最多 {MaxSignals} 项"));
        }
        for (var i = 0; i < signals.Count; i++)
        {
            var s = signals[i];
            if (s?.Signal is null)
            {
                problems.Add(Required($"riskSignals[{i}].signal"));
            }
            else if (s.Signal == RiskSignal.Other && string.IsNullOrWhiteSpace(s.Note))
            {
                problems.Add(Refusal.Invalid($"riskSignals[{i}].note", "is required for Other", "选择“其他”时必须填写"));
            }
            Length(problems, $"riskSignals[{i}].note", s?.Note);
        }
        return problems;
    }

    private const string FocusEn = "must be true on a focused visit (a loan matures within 2 months)";
    private const string FocusZh = "重点走访（贷款 2 个月内到期）时必须为是";

    private static Refusal Required(string field) => Refusal.Invalid(field, "is required", "必须填写");

    private static void Length(List<Refusal> problems, string field, string? value)
    {
        if (value is { Length: > MaxNote })
        {
            problems.Add(Refusal.Invalid(field, $"must be at most {MaxNote} characters", $"最多 {MaxNote} 个字符"));
        }
    }
}
