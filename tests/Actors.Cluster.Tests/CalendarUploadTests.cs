using Actors.Cluster.Tests.Support;
using Actors.Contracts.Calendars;
using Actors.Contracts.Clients;
using Actors.Contracts.Institutions;
using Actors.Contracts.Loans;
using Actors.Domain;
using Actors.Domain.Loans;
using Actors.Grains.Calendars;
using Actors.Grains.Tests.Support;
using Actors.Hosting.Calendars;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Actors.Cluster.Tests;

/// <summary>
/// Next year's calendar arrives while the grid runs: a made-up 2027 (never the official one) with 1 January off, uploaded
/// to a two-silo grid on PostgreSQL, moves the reminders counted over New Year at once, on every silo, without a restart.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class CalendarUploadTests(PostgresFixture postgres)
{
    /// <summary>Monday 7 December 2026, 10:00 China Standard Time.</summary>
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.FromHours(8));

    private const string MadeUp2027 = """
        { "year": 2027, "source": "made up for a test", "holidays": [ { "name": "New Year", "from": "2027-01-01", "to": "2027-01-01" } ], "makeUpWorkingDays": [] }
        """;

    [Fact]
    public async Task A_made_up_2027_with_1_January_off_moves_the_reminder_of_5_January_from_31_to_30_December_on_both_silos()
    {
        var db = await postgres.Server.CreateDatabaseAsync();
        var clock = new FakeTimeProvider(Now);
        await using var grid = await PostgresGrid.StartAsync(db, clock, "calendars",
            configure: silo => silo.Services.Configure<CalendarRefreshOptions>(o => o.PeriodSeconds = 1));
        var grains = grid.Client;
        await BankRoot.SubBranchAsync(grains, "SB-CAL", name: "Calendar Sub-branch");
        await grains.GetGrain<IClientGrain>("C-CAL").Register(new("SB-CAL", "Calendar Client", ClientKind.Corporate, new(2024, 1, 1), null, 0));

        // Disbursed Thursday 5 November: installments due 5 December (paid) and Tuesday 5 January 2027, the oldest unpaid.
        var loans = Enumerable.Range(1, 6).Select(n => grains.GetGrain<ILoanGrain>($"L-CAL-{n}")).ToList();
        foreach (var loan in loans)
        {
            var opened = (await loan.Register(new("SB-CAL", "C-CAL", 12_000m, 0.06m, 12, new(2026, 11, 5)))).Value!;
            var id = loan.GetPrimaryKeyString();
            await loan.ApplyRepayment(new($"rep-{id}", id, opened.Installments[0].Amount, Now.AddHours(-1)));
            var before = (await loan.GetSnapshot())!;
            Assert.Equal((new DateOnly(2027, 1, 5), new DateOnly(2026, 12, 31)), (before.NextDueDate, before.ReminderDate));
            Assert.True(before.ReminderProvisional, "31 December was counted over days of 2027, which has no calendar");
            Assert.False(before.CalendarCovered);
            Assert.Equal(new DateTimeOffset(2026, 12, 31, 0, 0, 0, TimeSpan.FromHours(8)), before.NextClockAt);
        }

        var calendars = grains.GetGrain<ICalendarGrain>(ICalendarGrain.Key);
        var uploaded = await calendars.Upload(new(MadeUp2027, "2027-made-up.json", "HO-MD"));

        Assert.Null(uploaded.Refusal);
        Assert.Equal((2027, 1, "2027-made-up.json", "HO-MD", false), (uploaded.Value!.Version.Year, uploaded.Value.Version.Version,
            uploaded.Value.Version.FileName, uploaded.Value.Version.UploadedBy, uploaded.Value.Version.Shipped));
        Assert.Equal((6, 6), (uploaded.Value.ClocksChecked, uploaded.Value.ClocksMoved));
        foreach (var loan in loans)
        {
            var after = (await loan.GetSnapshot())!;
            Assert.Equal(new DateOnly(2026, 12, 30), after.ReminderDate);
            Assert.False(after.ReminderProvisional);
            Assert.True(after.CalendarCovered);
            Assert.Equal(new DateTimeOffset(2026, 12, 30, 0, 0, 0, TimeSpan.FromHours(8)), after.NextClockAt);
        }
        // Every silo's rules take the book, not only those where a loan was re-armed.
        var revision = await calendars.GetRevision();
        foreach (var silo in grid.Cluster.Silos)
        {
            var book = silo.ServiceProvider.GetRequiredService<CalendarBook>();
            await Eventually.Until(() => Task.FromResult(book.Revision), r => r == revision, "every silo takes the new calendar");
            Assert.False(book.Current.IsWorkingDay(new DateOnly(2027, 1, 1)));
        }
        // The moved clock fires on its new day: the loan is on the reminder list on 30 December.
        clock.AdvanceTo(new DateTimeOffset(2026, 12, 30, 0, 0, 1, TimeSpan.FromHours(8)));
        var reminded = await Eventually.Until(async () => (await loans[0].GetSnapshot())!, s => s.OnReminderList, "on the list on 30 December", clock);
        Assert.Equal(LoanStage.PreDue, reminded.Stage);

        // Versions: the upload is kept with who, when and which file, beside the shipped 2026; the same file again changes nothing.
        var versions = await calendars.GetVersions();
        Assert.Contains(versions, v => v is { Year: 2026, Version: 1, Shipped: true });
        Assert.Contains(versions, v => v is { Year: 2027, Version: 1, UploadedBy: "HO-MD" } && v.UploadedAt == Now);
        var again = await calendars.Upload(new(MadeUp2027, "again.json", "HO-MD"));
        Assert.Equal((false, 1, 0), (again.Value!.Changed, again.Value.Version.Version, again.Value.ClocksChecked));
    }

    [Fact]
    public async Task A_file_that_breaks_a_rule_is_refused_naming_its_field_and_changes_nothing()
    {
        var db = await postgres.Server.CreateDatabaseAsync();
        await using var grid = await PostgresGrid.StartAsync(db, new FakeTimeProvider(Now), "calendars-bad", silos: 1);
        var calendars = grid.Client.GetGrain<ICalendarGrain>(ICalendarGrain.Key);
        var before = await calendars.GetRevision();

        // 4 January 2027 is a Monday: no make-up day.
        var refused = await calendars.Upload(new(MadeUp2027.Replace("[]", "[\"2027-01-04\"]", StringComparison.Ordinal), "2027.json", "HO-MD"));

        Assert.Equal((RefusalKind.Invalid, "makeUpWorkingDays[0]"), (refused.Refusal!.Kind, refused.Refusal.Field));
        Assert.Equal(before, await calendars.GetRevision());
        Assert.Null(await calendars.GetVersion(2027, null));
    }
}
