namespace Actors.Cluster.Tests.Support;

/// <summary>
/// Bounded polling for things that take real time across processes: a silo declared dead, a reminder's next tick, a
/// delta crossing silos. Failures of the read itself (a silo refusing a call while the cluster re-forms) count as "not
/// yet". Returns the value that satisfied the condition; throws with the last value (or error) after <c>within</c>.
/// </summary>
public static class Patiently
{
    public static async Task<T> Until<T>(Func<Task<T>> read, Func<T, bool> condition, string what, TimeSpan within, TimeSpan? every = null)
    {
        var deadline = DateTime.UtcNow + within;
        var last = "(nothing read yet)";
        while (true)
        {
            try
            {
                var value = await read();
                if (condition(value))
                {
                    return value;
                }
                last = value?.ToString() ?? "null";
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                last = $"{ex.GetType().Name}: {ex.Message}";
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {within} until {what}; last: {last}");
            }
            await Task.Delay(every ?? TimeSpan.FromMilliseconds(250));
        }
    }
}
