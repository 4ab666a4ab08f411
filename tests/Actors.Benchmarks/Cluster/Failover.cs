using Actors.Benchmarks.Latency;

namespace Actors.Benchmarks.Cluster;

/// <summary>
/// A silo killed with <c>kill -9</c> under a steady deposit load (sent to the surviving silos, as a balancer would
/// after its health check). Measured from the kill: when the membership table says Dead, and when a deposit on a
/// client whose grain lived on the killed silo first succeeds. The probe resends one and the same transaction every
/// 250 ms (attempts overlap; a hung one does not hold the next back), so whichever attempt lands, it lands once.
/// </summary>
internal static class Failover
{
    public static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(250);

    public sealed record Result(string ProbeClient, double DeclaredDeadSeconds, double FirstSuccessSeconds, int ProbeAttempts, DepositRun Load);

    public static async Task<Result> RunAsync(SiloChild victim, IReadOnlyList<HttpClient> survivors, string connectionString, string clusterId,
        string probeClient, IReadOnlyList<string> loadClients, DepositLedger ledger)
    {
        using var stopLoad = new CancellationTokenSource();
        var load = DepositLoad.RunAsync(survivors, loadClients, posters: 4, batchSize: 20, ledger, stopLoad.Token, TimeSpan.FromSeconds(120));
        await Task.Delay(TimeSpan.FromSeconds(3));

        var killedAt = Clock.Now;
        victim.Kill();
        var dead = WatchDeathAsync(connectionString, clusterId, victim.SiloPort, killedAt);

        var body = DepositLoad.Body([(Guid.NewGuid().ToString("N"), probeClient)]);
        var firstSuccess = 0L;
        var attempts = new List<Task>();
        while (Interlocked.Read(ref firstSuccess) == 0 && Clock.Ms(killedAt, Clock.Now) < 120_000)
        {
            var http = survivors[attempts.Count % survivors.Count];
            attempts.Add(Task.Run(async () =>
            {
                if ((await DepositLoad.PostAsync(http, body, 1)).Ok)
                {
                    Interlocked.CompareExchange(ref firstSuccess, Clock.Now, 0);
                }
            }));
            await Task.Delay(ProbeInterval);
        }
        if (firstSuccess != 0)
        {
            ledger.Acknowledge([probeClient]);
        }
        else
        {
            ledger.GiveUp([probeClient]);
        }
        var deadAt = await dead;
        // The load keeps running a little past recovery, so its figures include the return to normal.
        await Task.Delay(TimeSpan.FromSeconds(5));
        await stopLoad.CancelAsync();
        var run = await load;
        await Task.WhenAll(attempts);
        return new Result(probeClient, deadAt is { } d ? Clock.Ms(killedAt, d) / 1000 : double.NaN,
            firstSuccess != 0 ? Clock.Ms(killedAt, firstSuccess) / 1000 : double.NaN, attempts.Count, run);
    }

    private static async Task<long?> WatchDeathAsync(string connectionString, string clusterId, int siloPort, long since)
    {
        while (Clock.Ms(since, Clock.Now) < 120_000)
        {
            if (await Membership.StatusAsync(connectionString, clusterId, siloPort) == Membership.Dead)
            {
                return Clock.Now;
            }
            await Task.Delay(100);
        }
        return null;
    }
}
