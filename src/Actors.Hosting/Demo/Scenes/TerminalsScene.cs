using Actors.Contracts.Terminals;

namespace Actors.Hosting.Demo.Scenes;

/// <summary>
/// The sub-branch's merchants sell on their POS terminals through the day and into the evening, as the acquiring
/// system reports each sale. Terminals that have gone quiet stay quiet (their inactivity clocks run on), except that
/// on some days one inactive merchant is back in business and the sale makes the terminal active again.
/// </summary>
internal sealed class TerminalsScene(DemoDay day, DemoBranch branch)
{
    /// <summary>A terminal without a sale for this long is left to drift towards its inactivity instant.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromDays(20);

    public void Plan()
    {
        var morning = day.At(BranchDayTimes.Preparation);
        var from = day.At(BranchDayTimes.Opening);
        var until = day.At(BranchDayTimes.LastSale);
        var perHour = day.Options.SalesPerTerminal / (until - from).TotalHours;
        foreach (var terminal in branch.Terminals.Where(t => !t.Inactive && t.LastSaleAt is { } last && morning - last < Quiet))
        {
            var sale = 0;
            foreach (var at in ArrivalProcess.Instants(day.Random, from, until, perHour, [1.0]))
            {
                PlanSale(terminal, at, ++sale, Math.Round(15m + (decimal)day.Random.NextDouble() * 1_485m, 2));
            }
        }
        var inactive = branch.Terminals.Where(t => t.Inactive).ToList();
        if (inactive.Count > 0 && day.Chance(0.5))
        {
            PlanSale(day.Pick(inactive), day.Between(new(10, 0), new(16, 0)), 1, Math.Round(50m + (decimal)day.Random.NextDouble() * 500m, 2));
        }
    }

    private void PlanSale(TerminalSnapshot terminal, DateTimeOffset at, int n, decimal amount)
    {
        var id = terminal.TerminalId;
        day.Plan(at, $"merchant {terminal.MerchantName}", "POS sale", id, async () =>
        {
            var outcome = await day.Grains.GetGrain<ITerminalGrain>(id).ApplySale(new($"demo-{day.Stamp}-{id}-{n}", id, amount, at));
            return $"{DemoDay.Money(amount)}: {outcome.Status}{(terminal.Inactive ? " (was inactive)" : "")}";
        });
    }
}
