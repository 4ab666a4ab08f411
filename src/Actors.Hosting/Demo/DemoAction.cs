using System.Globalization;

namespace Actors.Hosting.Demo;

/// <summary>
/// One thing the simulated day did: when it was due (business time), who did it (a desk, a borrower, a collector, the kiosk), what, to
/// which ticket, loan or terminal, and what the grid answered. Two runs with the same seed log the same actions.
/// </summary>
public sealed record DemoAction(DateTimeOffset At, string Actor, string Action, string Subject, string Result)
{
    public override string ToString() =>
        $"{At.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)} {Actor} | {Action}{(Subject.Length > 0 ? " " + Subject : "")} | {Result}";
}

/// <summary>The most recent actions of the simulated days, for tests and for whoever watches the demo.</summary>
public sealed class DemoActionLog
{
    private const int Kept = 20_000;
    private readonly Lock _gate = new();
    private readonly Queue<DemoAction> _actions = new();

    public void Add(DemoAction action)
    {
        lock (_gate)
        {
            _actions.Enqueue(action);
            if (_actions.Count > Kept)
            {
                _actions.Dequeue();
            }
        }
    }

    public IReadOnlyList<DemoAction> Snapshot()
    {
        lock (_gate)
        {
            return [.. _actions];
        }
    }
}
