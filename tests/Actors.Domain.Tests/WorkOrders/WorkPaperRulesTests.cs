using Actors.Domain.WorkOrders;

namespace Actors.Domain.Tests.WorkOrders;

public class WorkPaperRulesTests
{
    private static readonly WorkPaperAnswers Plain = new(true, null, false, null, "keep it up", false, false);

    [Fact]
    public void An_ordinary_visit_needs_the_two_answers_only() =>
        Assert.Empty(WorkPaperRules.Problems(Plain, [], focus: false));

    [Fact]
    public void A_focused_visit_also_needs_documents_checked_and_the_direct_question()
    {
        var fields = WorkPaperRules.Problems(Plain, [], focus: true).Select(p => p.Field);
        Assert.Equal(["paper.businessDocumentsChecked", "paper.askedDirectlyAboutRepaymentPressure"], fields);
        Assert.Empty(WorkPaperRules.Problems(Plain with { BusinessDocumentsChecked = true, AskedDirectlyAboutRepaymentPressure = true }, [], focus: true));
    }

    [Fact]
    public void Missing_answers_and_unexplained_signals_name_their_fields()
    {
        var fields = WorkPaperRules.Problems(
            Plain with { BusinessRunningNormally = false, RepaymentPressure = null },
            [new(RiskSignal.FallingFootTrafficInTradingArea, null), new(RiskSignal.Other, " "), new(null, "x")],
            focus: false).Select(p => p.Field);
        Assert.Equal(["paper.repaymentPressure", "paper.businessNote", "riskSignals[1].note", "riskSignals[2].signal"], fields);
    }
}
