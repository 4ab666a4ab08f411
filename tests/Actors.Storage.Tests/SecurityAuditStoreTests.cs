using Actors.Domain.Audit;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Actors.Storage.Tests;

/// <summary>The security audit in the embedded store: appended through the one writer, read back by filter, never changed.</summary>
public sealed class SecurityAuditStoreTests
{
    private const string Service = "audit-tests";

    [Fact]
    public async Task Entries_are_durable_in_the_grains_file_and_read_back_newest_first_by_filter()
    {
        using var dir = new TempDataDirectory();
        await SqliteSchema.MigrateAsync(dir.ConnectionString);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
        await using (var store = new SqliteGridStore(dir.ConnectionString, Service))
        {
            var audit = new SqliteAuditStore(store, dir.ConnectionString, clock);
            await audit.AppendAsync(new AuditEntry(AuditActions.SignInFailed, "SB-1-CM", "SB-1", "10.0.0.7", "staff/SB-1-CM", "SB-1", null));
            clock.Advance(TimeSpan.FromMinutes(1));
            await audit.AppendAsync(new AuditEntry(AuditActions.SignInSucceeded, "SB-1-CM", "SB-1", "10.0.0.7", "staff/SB-1-CM", "SB-1", null));
            clock.Advance(TimeSpan.FromDays(1));
            await audit.AppendAsync(new AuditEntry("calendar.uploaded", "HO-MD", "HO", "10.0.0.9", "calendar/2027", "HO", "2027.json"));
            await audit.AppendAsync(new AuditEntry(AuditActions.SignInFailed, "nobody", null, "10.0.0.66", "staff/nobody", null, null));
        }

        // A new store on the same file: what was appended is there.
        await using var reopened = new SqliteGridStore(dir.ConnectionString, Service);
        var log = new SqliteAuditStore(reopened, dir.ConnectionString, clock);
        var all = await log.ReadAsync(new AuditFilter());
        Assert.Equal([AuditActions.SignInFailed, "calendar.uploaded", AuditActions.SignInSucceeded, AuditActions.SignInFailed], all.Select(r => r.Entry.Action));
        Assert.True(all.Zip(all.Skip(1)).All(p => p.First.Sequence > p.Second.Sequence));
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero), all[^1].At);
        Assert.Equal("10.0.0.7", all[^1].Entry.Address);

        Assert.Equal(2, (await log.ReadAsync(new AuditFilter(Action: "sign-in", Institutions: null, Actor: "SB-1-CM"))).Count);
        Assert.Single(await log.ReadAsync(new AuditFilter(Action: "sign-in.succeeded")));
        Assert.Empty(await log.ReadAsync(new AuditFilter(Action: "sign")));
        // A branch's reader sees its own institutions' entries, never the anonymous ones.
        Assert.Equal(2, (await log.ReadAsync(new AuditFilter(Institutions: ["SB-1"]))).Count);
        Assert.Single(await log.ReadAsync(new AuditFilter(From: new DateTimeOffset(2026, 3, 3, 0, 0, 0, TimeSpan.Zero), Institutions: ["SB-1", "HO"])));
        var page = await log.ReadAsync(new AuditFilter(Limit: 2));
        Assert.Equal(all.Skip(2).Select(r => r.Sequence), (await log.ReadAsync(new AuditFilter(Before: page[^1].Sequence))).Select(r => r.Sequence));
    }

    [Theory]
    [InlineData("UPDATE GridAudit SET Actor = 'someone-else';")]
    [InlineData("DELETE FROM GridAudit;")]
    public async Task The_file_itself_refuses_to_change_or_remove_an_entry(string sql)
    {
        using var dir = new TempDataDirectory();
        await SqliteSchema.MigrateAsync(dir.ConnectionString);
        await using (var store = new SqliteGridStore(dir.ConnectionString, Service))
        {
            await new SqliteAuditStore(store, dir.ConnectionString, TimeProvider.System)
                .AppendAsync(new AuditEntry(AuditActions.PasswordReset, "HO-MD", "HO", "127.0.0.1", "staff/X", "HO", null));
        }

        var refused = await Assert.ThrowsAsync<SqliteException>(() => Sql.ScalarAsync<int>(dir.ConnectionString, sql));
        Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
        Assert.Equal("HO-MD", await Sql.ScalarAsync<string>(dir.ConnectionString, "SELECT Actor FROM GridAudit;"));
    }
}
