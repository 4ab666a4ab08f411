namespace Actors.Domain;

/// <summary>
/// Every threshold of the bank's rules, bound from configuration section "Rules".
/// Defaults are the process documents' numbers, or ours where the documents are silent (brief, "our default").
/// </summary>
public sealed class BankRulesOptions
{
    public const string SectionName = "Rules";

    /// <summary>Business dates and clock instants are China Standard Time unless configured otherwise (brief §7).</summary>
    public TimeSpan UtcOffset { get; set; } = TimeSpan.FromHours(8);

    public TerminalRules Terminals { get; set; } = new();
    public LoanRules Loans { get; set; } = new();
    public ClientRules Clients { get; set; } = new();
    public ManagerRules Managers { get; set; } = new();
    public LobbyRules Lobby { get; set; } = new();
    public CollectionsRules Collections { get; set; } = new();
    public WorkOrders.WorkOrderRules WorkOrders { get; set; } = new();
    public WorklistRules Worklist { get; set; } = new();
    public KpiRules Kpis { get; set; } = new();
}

public sealed class TerminalRules
{
    /// <summary>No transaction for this many days makes a terminal inactive (our default: one month = 30 days).</summary>
    public int InactivityDays { get; set; } = 30;
}

public sealed class LoanRules
{
    /// <summary>An installment goes on the reminder list this many working days before its due date.</summary>
    public int ReminderWorkingDays { get; set; } = 3;

    /// <summary>Repayment must be in the account by this local time on the due date.</summary>
    public TimeOnly CutOff { get; set; } = new(18, 0);

    /// <summary>No disbursement after this day of the month.</summary>
    public int LastDisbursementDayOfMonth { get; set; } = 25;

    /// <summary>Upper DPD bound of each stage: M1 1–30, M2 31–60, M3 61–90, M4 beyond.</summary>
    public int M1MaxDays { get; set; } = 30;
    public int M2MaxDays { get; set; } = 60;
    public int M3MaxDays { get; set; } = 90;
}

public sealed class ClientRules
{
    /// <summary>Standard-deposit coefficients (our defaults).</summary>
    public decimal DepositCoefficient { get; set; } = 1.0m;
    public decimal LoanCoefficient { get; set; } = 0.5m;
    public decimal FeeIncomeCoefficient { get; set; } = 10.0m;

    /// <summary>Lower bounds (inclusive) of standard deposits, CNY.</summary>
    public decimal DiamondFrom { get; set; } = 200_000_000m;
    public decimal PlatinumFrom { get; set; } = 50_000_000m;
    public decimal GoldFrom { get; set; } = 5_000_000m;
    public decimal SilverFrom { get; set; } = 500_000m;

    /// <summary>Tiers apply after this many months of relationship; newer clients are unrated.</summary>
    public int MonthsBeforeRating { get; set; } = 6;

    /// <summary>Visit interval in days by tier (our defaults).</summary>
    public int DiamondVisitDays { get; set; } = 14;
    public int PlatinumVisitDays { get; set; } = 30;
    public int GoldVisitDays { get; set; } = 60;
    public int SilverVisitDays { get; set; } = 90;
    public int BronzeVisitDays { get; set; } = 180;
    public int UnratedVisitDays { get; set; } = 90;
}

public sealed class ManagerRules
{
    /// <summary>A client manager is tier X with more than this many credit clients.</summary>
    public int MoreThanForA { get; set; } = 40;
    public int MoreThanForB { get; set; } = 30;
    public int MoreThanForC { get; set; } = 20;
    public int MoreThanForD { get; set; } = 10;
}

public sealed class WorklistRules
{
    /// <summary>A visit due today or within this many days after is on the worklist as due; after its date, as overdue (our default).</summary>
    public int VisitsDueWithinDays { get; set; } = 7;
}

/// <summary>The managers' KPIs of brief §3: targets per sub-branch, and what "dormant" means.</summary>
public sealed class KpiRules
{
    /// <summary>A settlement account with no movement for this many days is dormant (our default).</summary>
    public int DormantAfterDays { get; set; } = 180;

    public int NewAccountsPerWeek { get; set; } = 1;
    public int NewAccountsPerMonth { get; set; } = 4;
    public int NewBasicAccountsPerMonth { get; set; } = 2;
}
