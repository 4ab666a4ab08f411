using Microsoft.Data.Sqlite;

namespace Actors.Storage;

/// <summary>The writer's prepared statements, and how each kind of row is applied.</summary>
internal sealed class SqliteRowCommands : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly string _serviceId;
    private readonly SqliteCommand _begin, _commit, _rollback;
    private readonly SqliteCommand _insertState, _updateState, _insertReceipt, _pruneReceipts, _insertMember, _deleteMember,
        _upsertClock, _deleteClock, _upsertReminder, _removeReminder, _clearReminders, _insertAudit, _insertOutbox, _deleteOutbox, _upsertReadModel, _deleteReadModel;

    public SqliteRowCommands(SqliteConnection connection, string serviceId)
    {
        _connection = connection;
        _serviceId = serviceId;
        _begin = Prepare("BEGIN IMMEDIATE;");
        _commit = Prepare("COMMIT;");
        _rollback = Prepare("ROLLBACK;");
        _insertState = Prepare(SqliteRowSql.InsertState, "$s", "$th", "$ih", "$n0", "$n1", "$t", "$x", "$p");
        _updateState = Prepare(SqliteRowSql.UpdateState, "$s", "$th", "$ih", "$n0", "$n1", "$t", "$x", "$p", "$v");
        _insertReceipt = Prepare(SqliteRowSql.InsertReceipt, "$s", "$e", "$id", "$st", "$d", "$at");
        _pruneReceipts = Prepare(SqliteRowSql.PruneReceipts, "$s", "$before", "$n");
        _insertMember = Prepare(SqliteRowSql.InsertMember, "$s", "$g", "$m");
        _deleteMember = Prepare(SqliteRowSql.DeleteMember, "$s", "$g", "$m");
        _upsertClock = Prepare(SqliteRowSql.UpsertClock, "$s", "$g", "$b", "$at");
        _deleteClock = Prepare(SqliteRowSql.DeleteClock, "$s", "$g");
        _upsertReminder = Prepare(SqliteRowSql.UpsertReminder, "$s", "$g", "$n", "$start", "$period", "$hash");
        _removeReminder = Prepare(SqliteRowSql.RemoveReminder, "$s", "$g", "$n", "$v");
        _clearReminders = Prepare(SqliteRowSql.ClearReminders, "$s");
        _insertAudit = Prepare(SqliteAuditSql.Insert, SqliteAuditSql.InsertParameters);
        _insertOutbox = Prepare(SqliteRowSql.InsertOutbox, "$s", "$src", "$seq", "$b", "$at", "$p");
        _deleteOutbox = Prepare(SqliteRowSql.DeleteOutbox, "$s", "$src", "$seq");
        _upsertReadModel = Prepare(SqliteRowSql.UpsertReadModel, "$s", "$m", "$k", "$p");
        _deleteReadModel = Prepare(SqliteRowSql.DeleteReadModel, "$s", "$m", "$k");
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Begin() => _begin.ExecuteNonQuery();

    public void Commit() => _commit.ExecuteNonQuery();

    /// <summary>Some failures (a full disk, an I/O error) make SQLite roll back by itself; then there is nothing left to roll back.</summary>
    public void TryRollback()
    {
        try
        {
            _rollback.ExecuteNonQuery();
        }
        catch (SqliteException)
        {
        }
    }

    /// <summary>Applies one unit; its first row alone may be conditional, and a failed condition skips the rest.</summary>
    public WriteOutcome Apply(IReadOnlyList<StoreRow> rows)
    {
        int? version = null;
        for (var i = 0; i < rows.Count; i++)
        {
            switch (rows[i])
            {
                case StateRow state:
                    version = WriteState(state);
                    if (version is null)
                    {
                        return WriteOutcome.Conflict;
                    }
                    break;
                case ReminderRemoveRow remove:
                    if (Run(_removeReminder, _serviceId, remove.GrainId, remove.Name, remove.Version) == 0)
                    {
                        return WriteOutcome.Conflict;
                    }
                    break;
                case ReminderUpsertRow reminder:
                    version = Scalar(_upsertReminder, _serviceId, reminder.GrainId, reminder.Name, reminder.StartTimeUtc, reminder.PeriodMilliseconds, reminder.GrainHash);
                    break;
                case ReceiptRow receipt:
                    Run(_insertReceipt, _serviceId, receipt.Entity, receipt.TransactionId, receipt.Status, receipt.Detail, receipt.RecordedAt.ToUnixTimeMilliseconds());
                    break;
                case MemberRow member:
                    Run(member.Present ? _insertMember : _deleteMember, _serviceId, member.Group, member.MemberId);
                    break;
                case ClockRow { DueAt: { } due } clock:
                    Run(_upsertClock, _serviceId, clock.GrainId, clock.Bucket, due.ToUnixTimeMilliseconds());
                    break;
                case ClockRow clock:
                    Run(_deleteClock, _serviceId, clock.GrainId);
                    break;
                case ReadModelRow { Payload: { } payload } item:
                    Run(_upsertReadModel, _serviceId, item.Model, item.Key, payload);
                    break;
                case ReadModelRow item:
                    Run(_deleteReadModel, _serviceId, item.Model, item.Key);
                    break;
                case ReceiptPruneRow prune:
                    Run(_pruneReceipts, _serviceId, prune.Before.ToUnixTimeMilliseconds(), prune.Limit);
                    break;
                case ReminderClearRow:
                    Run(_clearReminders, _serviceId);
                    break;
                case OutboxRow { Payload: { } payload } outbox:
                    Run(_insertOutbox, _serviceId, outbox.Source, outbox.Sequence, outbox.Bucket, outbox.WrittenAt.ToUnixTimeMilliseconds(), payload);
                    break;
                case OutboxRow outbox:
                    Run(_deleteOutbox, _serviceId, outbox.Source, outbox.Sequence);
                    break;
                case AuditRow { Entry: var a } audit:
                    Run(_insertAudit, _serviceId, audit.At.ToUnixTimeMilliseconds(), a.Action, a.Actor, a.ActorInstitutionId, a.Address, a.Target, a.InstitutionId, a.Detail);
                    break;
                default:
                    throw new NotSupportedException($"The embedded store cannot write a {rows[i].GetType().Name}.");
            }
        }
        return new WriteOutcome(true, version);
    }

    private int? WriteState(StateRow row)
    {
        var k = row.Key;
        return row.ExpectedVersion is null && row.Payload is not null
            ? Scalar(_insertState, _serviceId, k.GrainTypeHash, k.GrainIdHash, k.N0, k.N1, k.GrainType, k.KeyExtension, row.Payload)
            : Scalar(_updateState, _serviceId, k.GrainTypeHash, k.GrainIdHash, k.N0, k.N1, k.GrainType, k.KeyExtension, row.Payload, row.ExpectedVersion);
    }

    private static int Run(SqliteCommand command, params object?[] values)
    {
        Bind(command, values);
        return command.ExecuteNonQuery();
    }

    private static int? Scalar(SqliteCommand command, params object?[] values)
    {
        Bind(command, values);
        return command.ExecuteScalar() is { } value and not DBNull ? Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    internal static void Bind(SqliteCommand command, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private SqliteCommand Prepare(string sql, params string[] parameters) => SqliteCommands.Prepare(_connection, sql, parameters);

    public void Dispose()
    {
        foreach (var command in new[] { _begin, _commit, _rollback, _insertState, _updateState, _insertReceipt, _pruneReceipts, _insertMember,
                     _deleteMember, _upsertClock, _deleteClock, _upsertReminder, _removeReminder, _clearReminders, _insertAudit, _insertOutbox, _deleteOutbox, _upsertReadModel, _deleteReadModel })
        {
            command.Dispose();
        }
    }
}

internal static class SqliteCommands
{
    public static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name, Value = DBNull.Value });
        }
        command.Prepare();
        return command;
    }
}
