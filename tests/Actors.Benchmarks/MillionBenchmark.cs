using System.Diagnostics;
using System.Globalization;
using System.Text;
using Actors.Benchmarks.Latency;
using Actors.Contracts;
using Actors.Contracts.Clients;
using Actors.Contracts.Loans;
using Actors.Contracts.Managers;
using Actors.Contracts.Terminals;
using Actors.Storage;
using static Actors.Benchmarks.Inv;

namespace Actors.Benchmarks;

/// <summary>
/// The <c>million</c> mode (issue 13): a bank's whole book on one node. 1,000,000 terminals, 300,000 clients, 100,000
/// loans and 5,000 staff are registered through the grain path on the disk (every clock armed: a clock row each), then
/// the silo is restarted on that file and sits idle with a sample of the entities activated. <c>million-quick</c> is the
/// same at 1/200 of the size and a short idle window, and only prints.
/// </summary>
internal static class MillionBenchmark
{
    public static readonly string[] Names = ["million", "million-quick"];

    private sealed record Sizes(int Terminals, int Clients, int Loans, int Staff, int Activated, TimeSpan IdleWindow);

    private sealed record Registered(string Kind, int Count, double Seconds)
    {
        public double PerSecond => Count / Seconds;
    }

    public static async Task<int> RunAsync(string mode)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        var quick = mode.EndsWith("-quick", StringComparison.Ordinal);
        var sizes = quick
            ? new Sizes(5_000, 1_500, 500, 25, 2_000, TimeSpan.FromSeconds(10))
            : new Sizes(1_000_000, 300_000, 100_000, 5_000, 100_000, TimeSpan.FromMinutes(10));
        var command = $"dotnet run -c Release --project tests/Actors.Benchmarks -- {mode}";
        var total = Stopwatch.StartNew();
        var loadAtStart = MachineInfo.LoadAverage();
        void Step(string text) => Console.WriteLine($"[{total.Elapsed:hh\\:mm\\:ss}] {text}");
        try
        {
            var dir = Paths.NewDataDirectory("million");
            Step($"{mode}: data under {dir}");

            // 1. Registration through the grains, on the disk, many callers (the store's writer commits them in groups).
            var registered = new List<Registered>();
            await using (var grid = await InProcessGrid.StartAsync(dir))
            {
                var grains = grid.Grains;
                var institutions = (sizes.Terminals + GrainNetwork.TerminalsPerInstitution - 1) / GrainNetwork.TerminalsPerInstitution;
                registered.Add(new("institutions", institutions, await Timed(() => GrainNetwork.RegisterInstitutionsAsync(grains, institutions))));
                Step($"{institutions:N0} institutions");
                registered.Add(new("staff", sizes.Staff, await Bounded.ForAsync(sizes.Staff, 64, i =>
                    Expect(grains.GetGrain<IManagerGrain>(StaffId(i)).Register(new(GrainNetwork.InstitutionId(i % institutions), $"Staff {i}", [StaffRole.ClientManager])), "staff", i))));
                Step($"{sizes.Staff:N0} staff");
                registered.Add(new("clients", sizes.Clients, await Bounded.ForAsync(sizes.Clients, 64, i =>
                    Expect(grains.GetGrain<IClientGrain>(ClientId(i)).Register(new(GrainNetwork.InstitutionId(i % institutions), $"Client {i}",
                        ClientKind.Individual, new(2024, 1, 1), StaffId(i % sizes.Staff), 0)), "client", i))));
                Step($"{sizes.Clients:N0} clients");
                var disbursedOn = await FirstAcceptedDisbursement(grains, institutions);
                registered.Add(new("loans", sizes.Loans - 1, await Bounded.ForAsync(sizes.Loans - 1, 64, k =>
                {
                    var i = k + 1;
                    return Expect(grains.GetGrain<ILoanGrain>(LoanId(i)).Register(new(GrainNetwork.InstitutionId(i % institutions), ClientId(i),
                        12_000m, 0.05m, 12, disbursedOn)), "loan", i);
                })));
                Step($"{sizes.Loans:N0} loans");
                registered.Add(new("terminals", sizes.Terminals, await GrainNetwork.RegisterTerminalsAsync(grains, "T", 0, sizes.Terminals, 64)));
                Step($"{sizes.Terminals:N0} terminals");
            }
            var (states, clocks, reminders) = Counts(dir);
            var databaseBytes = Directory.EnumerateFiles(dir, SqliteStore.DatabaseFileName + "*").Sum(f => new FileInfo(f).Length);
            Step($"{states:N0} state rows, {clocks:N0} clock rows, {reminders:N0} reminders, {F(databaseBytes / 1048576.0)} MiB");

            // 2. The silo again on that file: start time, heap per idle activated entity, idle CPU with every clock pending.
            var start = Stopwatch.StartNew();
            await using var silo = await InProcessGrid.StartAsync(dir);
            var startSeconds = start.Elapsed.TotalSeconds;
            Step($"silo started on the loaded file in {F(startSeconds, 1)} s");
            await EntitiesBenchmark.ActivateAsync(silo.Grains, 0, 200); // JIT and pools warm before the baseline
            EntitiesBenchmark.FullGc();
            var heapBefore = GC.GetTotalMemory(true);
            var activationSeconds = await EntitiesBenchmark.ActivateAsync(silo.Grains, 200, 200 + sizes.Activated);
            EntitiesBenchmark.FullGc();
            var heapPerEntity = (GC.GetTotalMemory(true) - heapBefore) / (double)sizes.Activated;
            Step($"{sizes.Activated:N0} terminals activated: {F(heapPerEntity)} B heap each");

            await Task.Delay(TimeSpan.FromSeconds(5)); // let the activations' own work drain
            var cpu = CpuWindow.Start();
            await Task.Delay(sizes.IdleWindow);
            var (wall, cpuSeconds) = cpu.Stop();
            var idlePercent = cpuSeconds / wall * 100;
            Step($"idle {F(wall)} s: {F(idlePercent, 2)} % of one core");

            var body = Report(sizes, registered, states, clocks, reminders, databaseBytes, startSeconds, heapPerEntity, sizes.Activated / activationSeconds,
                wall, cpuSeconds, DocsSection.Machine(command), loadAtStart, total.Elapsed);
            Console.WriteLine();
            Console.WriteLine(body);
            if (!quick)
            {
                Step($"wrote {DocsSection.Write(mode, "## A million entities on one node (issue 13)", body)}");
            }
            Step("done");
            return 0;
        }
        finally
        {
            Paths.DeleteRunRoot();
        }
    }

    private static string Report(Sizes sizes, List<Registered> registered, long states, long clocks, long reminders, long databaseBytes,
        double startSeconds, double heapPerEntity, double activationsPerSecond, double idleSeconds, double idleCpuSeconds,
        string machine, string loadAtStart, TimeSpan elapsed)
    {
        var t = new StringBuilder();
        t.AppendLine(machine);
        t.AppendLine();
        t.AppendLine("| Measurement | Result | Detail |");
        t.AppendLine("|---|---|---|");
        foreach (var r in registered)
        {
            t.AppendLine($"| Registration of {r.Count:N0} {r.Kind} through the grains, on the disk, {(r.Kind == "institutions" ? 32 : 64)} callers | **{F(r.PerSecond)} /s** | {F(r.Seconds, 1)} s; one commit per registration (its state with its clock row and member row) |");
        }
        t.AppendLine($"| Database after registration | **{F(databaseBytes / 1048576.0)} MiB** | {states:N0} state rows, {clocks:N0} clock rows (every clock armed), {reminders:N0} Orleans reminders (64 clock buckets, and each institution's own: month-end books, work-order reports, inactive list) |");
        t.AppendLine($"| Silo start on that file (to ready for calls) | **{F(startSeconds, 1)} s** | the reminder service reads {reminders:N0} reminders at start and every 5 min, not {clocks:N0} clocks |");
        t.AppendLine($"| Managed heap per idle activated terminal, {sizes.Activated:N0} activated | **{F(heapPerEntity)} B** | activation by read {F(activationsPerSecond)}/s |");
        t.AppendLine($"| Idle silo CPU, every clock pending, {sizes.Activated:N0} activated, {F(idleSeconds)} s window | **{F(idleCpuSeconds / idleSeconds * 100, 2)} % of one core** | {F(idleCpuSeconds * 1000)} ms CPU; goal ≤ 2 % |");
        t.AppendLine();
        t.AppendLine($"- Total run time: {elapsed:hh\\:mm\\:ss}. Load average (1/5/15 min) at start: {loadAtStart}; at the end: {MachineInfo.LoadAverage()}.");
        return t.ToString();
    }

    private static string StaffId(int i) => "S" + i.ToString("D5", CultureInfo.InvariantCulture);
    private static string ClientId(int i) => "C" + i.ToString("D6", CultureInfo.InvariantCulture);
    private static string LoanId(int i) => "L" + i.ToString("D6", CultureInfo.InvariantCulture);

    private static async Task<double> Timed(Func<Task> work)
    {
        var sw = Stopwatch.StartNew();
        await work();
        return sw.Elapsed.TotalSeconds;
    }

    private static async Task Expect<T>(Task<Outcome<T>> registration, string kind, int i)
    {
        if ((await registration).Refusal is { } refusal)
        {
            throw new InvalidOperationException($"{kind} {i}: {refusal.Detail.En}");
        }
    }

    /// <summary>Loan 0 registered on the latest day the loan rules accept (they refuse some disbursement days); the others use that day.</summary>
    private static async Task<DateOnly> FirstAcceptedDisbursement(IGrainFactory grains, int institutions)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        for (var day = today.AddDays(-1); day > today.AddDays(-40); day = day.AddDays(-1))
        {
            var outcome = await grains.GetGrain<ILoanGrain>(LoanId(0)).Register(new(GrainNetwork.InstitutionId(0 % institutions), ClientId(0), 12_000m, 0.05m, 12, day));
            if (outcome.Refusal is null)
            {
                return day;
            }
        }
        throw new InvalidOperationException("no disbursement day in the last 40 days is accepted");
    }

    private static (long States, long Clocks, long Reminders) Counts(string dir)
    {
        using var c = GrainThroughputBenchmark.Open(dir);
        using var cmd = c.CreateCommand();
        long Scalar(string sql)
        {
            cmd.CommandText = sql;
            return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        var counts = (Scalar("SELECT COUNT(*) FROM OrleansStorage;"), Scalar("SELECT COUNT(*) FROM GridClock;"), Scalar("SELECT COUNT(*) FROM OrleansRemindersTable;"));
        c.Close();
        SqliteStore.ReleasePooledConnections(SqliteStore.BuildConnectionString(dir));
        return counts;
    }
}
