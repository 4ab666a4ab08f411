namespace Actors.Hosting.Demo;

/// <summary>
/// Random instants at a rate that changes hour by hour (a Poisson process per hour: exponential gaps at that hour's
/// rate), on the caller's seeded dice.
/// </summary>
public static class ArrivalProcess
{
    /// <param name="from">The start of the first hour.</param>
    /// <param name="until">No instant at or after this.</param>
    /// <param name="perHour">Average arrivals per hour.</param>
    /// <param name="profile">Each hour's rate relative to <paramref name="perHour"/>; hours beyond the profile use its last entry.</param>
    public static IReadOnlyList<DateTimeOffset> Instants(Random random, DateTimeOffset from, DateTimeOffset until, double perHour, IReadOnlyList<double> profile)
    {
        var instants = new List<DateTimeOffset>();
        var hourStart = from;
        for (var hour = 0; hourStart < until; hour++, hourStart = hourStart.AddHours(1))
        {
            var rate = perHour * profile[Math.Min(hour, profile.Count - 1)];
            var hourEnd = hourStart.AddHours(1) < until ? hourStart.AddHours(1) : until;
            if (rate <= 0)
            {
                continue;
            }
            // Memoryless: restarting the gaps at each hour boundary changes nothing in distribution.
            var t = hourStart;
            while (true)
            {
                t += TimeSpan.FromHours(-Math.Log(1 - random.NextDouble()) / rate);
                if (t >= hourEnd)
                {
                    break;
                }
                instants.Add(new DateTimeOffset(t.UtcTicks - (t.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero));
            }
        }
        return instants;
    }
}
