namespace Actors.Browser.Tests.Support;

/// <summary>
/// A branch's collections room on a busy evening, built through the API: two sub-branches' loans in Pre-due, M1 and M2,
/// ten collectors who have called today, promises broken today and promises due within the hour, a few payments.
/// More than the board's lists hold, so the board must cut them to fit the wall.
/// </summary>
public sealed record BusyRoom(string RoomId, IReadOnlyDictionary<string, int> LoansPerStage, int BrokenPromises, int PromisesDue, decimal CollectedToday)
{
    private static readonly string[] Collectors =
        ["Zhang Wei", "Wang Jing", "Li Qiang", "Zhao Lei", "Chen Jie", "Liu Yang", "Yang Fan", "Huang Min", "Zhou Tao", "Wu Hao"];
    private static readonly int[] M1DaysPastDue = [2, 4, 6, 8, 11, 14, 17, 21, 25, 28];
    private static readonly int[] M2DaysPastDue = [34, 41, 48, 56];
    private static readonly string[] Outcomes = ["NoAnswer", "RightPartyContact", "PromiseToPay", "ThirdParty"];
    private static readonly string[] Numbers = ["Mobile", "Mobile", "Work", "Home"];
    private const int Broken = 7;
    private const int DueSoon = 5;

    public static async Task<BusyRoom> CreateAsync(Network network, CollectionsRoomFixture room)
    {
        var roomId = await network.BranchOfBankAsync("Shenzhen branch");
        var branches = new[] { await network.SubBranchAsync(roomId, "Futian sub-branch"), await network.SubBranchAsync(roomId, "Nanshan sub-branch") };
        var managers = new[]
        {
            await network.StaffAsync(branches[0], "Wang Fang", "ClientManager"),
            await network.StaffAsync(branches[1], "Sun Li", "ClientManager"),
        };
        var collectors = new List<string>();
        foreach (var name in Collectors)
        {
            collectors.Add(await network.StaffAsync(roomId, name, "Collector", name.Split(' ')[0].ToUpperInvariant()));
        }

        var today = RoomClock.Today(room.Clock);
        var disbursements = M1DaysPastDue.Concat(M2DaysPastDue).Select(d => RoomClock.DisbursedForDaysPastDue(today, d))
            .Concat(RoomClock.DisbursedForPreDue(today).Take(3)).ToList();
        var loans = new List<LoanFacts>();
        for (var i = 0; i < disbursements.Count; i++)
        {
            var branch = i % 2;
            var client = await network.ClientAsync(branches[branch], managers[branch], $"Client {i + 1} Trading");
            loans.Add(await network.LoanAsync(branches[branch], client, 40_000m + 15_000m * (i % 7), disbursements[i]));
        }

        // Every loan has been called today by its collector, once to three times, from mobile, work and home numbers.
        var now = room.Clock.GetUtcNow();
        for (var i = 0; i < loans.Count; i++)
        {
            for (var call = 0; call <= i % 3; call++)
            {
                await network.CallAsync(loans[i].LoanId, collectors[i % collectors.Count], now.AddSeconds(-(i * 3 + call)),
                    Outcomes[(i + call) % Outcomes.Length], Numbers[(i + call) % Numbers.Length]);
            }
        }

        // Promises for a few minutes ahead that nobody keeps: broken once their follow-up hour is over.
        for (var i = 0; i < Broken; i++)
        {
            await network.PromiseAsync(loans[i].LoanId, collectors[i % collectors.Count], Half(loans[i]), now.AddMinutes(2 + i));
        }
        room.MoveClockTo(now.AddMinutes(75));
        now = room.Clock.GetUtcNow();

        // Then promises due within the next hour, and a few payments without any promise.
        var promised = loans.Skip(Broken).Take(DueSoon).Concat(loans.Skip(M1DaysPastDue.Length + M2DaysPastDue.Length)).ToList();
        for (var i = 0; i < promised.Count; i++)
        {
            await network.PromiseAsync(promised[i].LoanId, collectors[(Broken + i) % collectors.Count], Half(promised[i]), now.AddMinutes(6 + 6 * i));
        }
        var collected = 0m;
        foreach (var loan in loans.Skip(Broken + DueSoon).Take(M1DaysPastDue.Length + M2DaysPastDue.Length - Broken - DueSoon))
        {
            var amount = Math.Round(loan.FirstInstallment * 0.3m, 2);
            await network.RepayAsync(loan.LoanId, amount, now.AddMinutes(-1));
            collected += amount;
        }

        // Stages as the loans themselves now say (a loan due today may have passed its cut-off meanwhile).
        var stages = new Dictionary<string, int>();
        foreach (var loan in loans)
        {
            var stage = (await network.LoanFactsAsync(loan.LoanId)).Stage;
            stages[stage] = stages.GetValueOrDefault(stage) + 1;
        }
        return new BusyRoom(roomId, stages, Broken, promised.Count, collected);
    }

    private static decimal Half(LoanFacts loan) => Math.Round(Math.Max(loan.OverdueAmount, loan.FirstInstallment) / 2, 2);
}
