using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Actors.Storage;

/// <summary>
/// Read connections of the embedded store, each with its statements prepared once. A read takes a free connection (or
/// opens one), runs on the caller's thread and gives it back. In WAL mode a reader sees the last commit and never waits
/// for the writer.
/// </summary>
internal sealed class SqliteReaders(string connectionString, int keepOpen) : IDisposable
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString();
    private readonly ConcurrentBag<Session> _idle = [];
    private bool _disposed;

    public T Read<T>(Func<Session, T> read)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var session = _idle.TryTake(out var idle) ? idle : new Session(_connectionString);
        try
        {
            return read(session);
        }
        finally
        {
            if (_disposed || _idle.Count >= keepOpen)
            {
                session.Dispose();
            }
            else
            {
                _idle.Add(session);
            }
        }
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var session))
        {
            session.Dispose();
        }
    }

    /// <summary>One read connection and the statements prepared on it.</summary>
    internal sealed class Session : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

        public Session(string connectionString)
        {
            _connection = new SqliteConnection(connectionString);
            _connection.Open();
            SqliteRowCommands.Execute(_connection, "PRAGMA mmap_size=268435456;");
        }

        /// <summary>The statement <paramref name="sql"/> with its parameters bound, in the order they are named.</summary>
        public SqliteCommand Command(string sql, string[] names, params object?[] values)
        {
            if (!_commands.TryGetValue(sql, out var command))
            {
                _commands[sql] = command = SqliteCommands.Prepare(_connection, sql, names);
            }
            SqliteRowCommands.Bind(command, values);
            return command;
        }

        public void Dispose()
        {
            foreach (var command in _commands.Values)
            {
                command.Dispose();
            }
            _connection.Dispose();
        }
    }
}
