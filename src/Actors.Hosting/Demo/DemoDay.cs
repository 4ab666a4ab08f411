using System.Globalization;
using Actors.Grains.Infrastructure;

namespace Actors.Hosting.Demo;

/// <summary>One simulated business day: its date, its seeded dice, its agenda, and the grains its people call.</summary>
internal sealed class DemoDay(DateOnly date, DemoOptions options, BankRules rules, IGrainFactory grains, Action<DemoAction> record)
{
    public DateOnly Date { get; } = date;
    public DemoOptions Options { get; } = options;
    public BankRules Rules { get; } = rules;
    public IGrainFactory Grains { get; } = grains;
    public Agenda Agenda { get; } = new();

    /// <summary>Seeded by the demo's seed and the date: each day its own story, the same story for the same seed.</summary>
    public Random Random { get; } = new(unchecked((options.Seed * 397) ^ date.DayNumber));

    /// <summary>yyyyMMdd, for the day's transaction and loan ids.</summary>
    public string Stamp => Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public DateTimeOffset At(TimeOnly time) => Rules.Clock.At(Date, time);

    /// <summary>A whole second between two times of the day, uniformly.</summary>
    public DateTimeOffset Between(TimeOnly from, TimeOnly until) => Within(At(from), At(until));

    public DateTimeOffset Within(DateTimeOffset from, DateTimeOffset until) =>
        from + TimeSpan.FromSeconds(Math.Floor(Random.NextDouble() * Math.Max(0, (until - from).TotalSeconds)));

    /// <summary>A duration between two numbers of minutes, to the second.</summary>
    public TimeSpan Minutes(double min, double max) => TimeSpan.FromSeconds(Math.Round((min + (Random.NextDouble() * (max - min))) * 60));

    public bool Chance(double probability) => Random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    /// <summary>Picks by weight: <paramref name="choices"/> pairs each item with its relative weight.</summary>
    public T Weighted<T>(IReadOnlyList<(T Item, double Weight)> choices)
    {
        var roll = Random.NextDouble() * choices.Sum(c => c.Weight);
        foreach (var (item, weight) in choices)
        {
            roll -= weight;
            if (roll < 0)
            {
                return item;
            }
        }
        return choices[^1].Item;
    }

    /// <summary>A shuffled copy (Fisher–Yates on the day's dice).</summary>
    public List<T> Shuffled<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = Random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
        return list;
    }

    public void Plan(DateTimeOffset at, string actor, string action, string subject, Func<Task<string>> play) =>
        Agenda.Add(new AgendaEntry(at, actor, action, subject, play));

    /// <summary>Logs something done during another action (the morning's bookings).</summary>
    public void Record(DateTimeOffset at, string actor, string action, string subject, string result) =>
        record(new DemoAction(at.ToOffset(Rules.Clock.UtcOffset), actor, action, subject, result));

    public static string Money(decimal amount) => amount.ToString("#,0.00", CultureInfo.InvariantCulture);
}
