using System.Globalization;
using Actors.Storage;
using Orleans;
using Orleans.Runtime;

namespace Actors.Hosting.Storage;

/// <summary>
/// Orleans' reminder table on the grid's store: writes go through the store's writer (on the embedded store, in the same
/// group commits as grain state), reads never wait for it. Same rows as Orleans' ADO.NET reminder table on our schema:
/// the grain id as text, the ring hash as a signed integer, the version as the ETag.
/// </summary>
public sealed class GridReminderTable(IGridStore store) : IReminderTable
{
    public async Task<ReminderTableData> ReadRows(GrainId grainId) =>
        new((await store.ReadRemindersAsync(grainId.ToString())).Select(ToEntry));

    /// <summary>The ring range (begin, end]; the store compares the same signed reinterpretation the rows keep.</summary>
    public async Task<ReminderTableData> ReadRows(uint begin, uint end) =>
        new((await store.ReadReminderRangeAsync(unchecked((int)begin), unchecked((int)end))).Select(ToEntry));

    public async Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName) =>
        await store.ReadReminderAsync(grainId.ToString(), reminderName) is { } row ? ToEntry(row) : null;

    public async Task<string?> UpsertRow(ReminderEntry entry)
    {
        var outcome = await store.WriteAsync([new ReminderUpsertRow(
            entry.GrainId.ToString(), entry.ReminderName, DateTime.SpecifyKind(entry.StartAt, DateTimeKind.Utc),
            (long)entry.Period.TotalMilliseconds, unchecked((int)entry.GrainId.GetUniformHashCode()))]);
        return outcome.Version?.ToString(CultureInfo.InvariantCulture);
    }

    public async Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag) =>
        int.TryParse(eTag, NumberStyles.Integer, CultureInfo.InvariantCulture, out var version)
        && (await store.WriteAsync([new ReminderRemoveRow(grainId.ToString(), reminderName, version)])).Applied;

    public Task TestOnlyClearTable() => store.WriteAsync([new ReminderClearRow()]);

    private static ReminderEntry ToEntry(ReminderRow row) => new()
    {
        GrainId = GrainId.Parse(row.GrainId),
        ReminderName = row.Name,
        StartAt = row.StartTimeUtc,
        Period = TimeSpan.FromMilliseconds(row.PeriodMilliseconds),
        ETag = row.Version.ToString(CultureInfo.InvariantCulture),
    };
}
