using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace Actors.Storage;

/// <summary>
/// The only writer of the embedded store: one thread of its own owns the write connection and commits every queued
/// write of the silo (grain state, the rows that join it, reminders) in as few transactions as the disk allows.
/// </summary>
/// <remarks>
/// <para>
/// Group commit: the thread takes every write waiting (up to <c>maxBatch</c>), applies them in one transaction, commits
/// with <c>synchronous=FULL</c> (the WAL is fsynced), and only then completes each caller. While it waits for the
/// disk, new writes queue and go into the next commit, so the commit rate stays the disk's while the write rate grows
/// with the callers. A commit that fails fails every write it carried; a version conflict fails its own write only.
/// </para>
/// <para>
/// Nothing else writes to the database (the data-directory lock keeps other processes out), so the writer never meets
/// <c>SQLITE_BUSY</c>, and no Orleans thread ever waits for the write lock: callers only await a task. Readers use
/// connections of their own and, in WAL mode, never wait for the writer.
/// </para>
/// </remarks>
public sealed class SqliteWriter : IDisposable
{
    private const string Store = "sqlite";

    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SqliteConnection _connection;
    private readonly SqliteRowCommands _commands;
    private readonly Thread _thread;
    private readonly int _maxBatch;
    // Kept in a field: SQLite holds only a native pointer to the delegate.
    private readonly SQLitePCL.delegate_commit _commitHook;
    private long _commits;

    public SqliteWriter(string connectionString, string serviceId, int maxBatch = 1024)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBatch);
        _maxBatch = maxBatch;
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        _connection.Open();
        SqliteRowCommands.Execute(_connection, "PRAGMA synchronous=FULL; PRAGMA cache_size=-65536;");
        // Counted by SQLite itself, so a test can tell how many transactions really reached the file.
        _commitHook = _ => { Interlocked.Increment(ref _commits); return 0; };
        SQLitePCL.raw.sqlite3_commit_hook(_connection.Handle, _commitHook, null);
        _commands = new SqliteRowCommands(_connection, serviceId);
        _thread = new Thread(Run) { IsBackground = true, Name = "BranchGrid store writer" };
        _thread.Start();
    }

    /// <summary>Transactions committed to the file since this writer opened (SQLite's own count).</summary>
    public long Commits => Interlocked.Read(ref _commits);

    public Task<WriteOutcome> WriteAsync(IReadOnlyList<StoreRow> unit)
    {
        var write = PendingWrite.For(unit);
        if (!_queue.Writer.TryWrite(write))
        {
            throw new ObjectDisposedException(nameof(SqliteWriter), "The embedded store is closed.");
        }
        return write.Done.Task;
    }

    private void Run()
    {
        var batch = new List<PendingWrite>(_maxBatch);
        var queue = _queue.Reader;
        while (true)
        {
            if (!queue.TryRead(out var first))
            {
                if (!queue.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
                {
                    return;
                }
                continue;
            }
            batch.Add(first);
            while (batch.Count < _maxBatch && queue.TryRead(out var next))
            {
                batch.Add(next);
            }
            Commit(batch);
            batch.Clear();
        }
    }

    private void Commit(List<PendingWrite> batch)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            _commands.Begin();
            foreach (var write in batch)
            {
                write.Outcome = _commands.Apply(write.Rows);
            }
            _commands.Commit();
        }
        catch (Exception ex)
        {
            _commands.TryRollback();
            PendingWrite.Failed(batch, Store, "embedded store", ex);
            return;
        }
        PendingWrite.Committed(batch, Store, started);
    }

    /// <summary>Commits what is queued, stops the thread and closes the connection (SQLite then checkpoints the WAL).</summary>
    public void Dispose()
    {
        if (!_queue.Writer.TryComplete())
        {
            return;
        }
        _thread.Join();
        _commands.Dispose();
        _connection.Dispose();
    }
}
