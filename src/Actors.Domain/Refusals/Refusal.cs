namespace Actors.Domain;

/// <summary>How a refusal reads over HTTP: 400, 401, 403, 404 or 409.</summary>
public enum RefusalKind
{
    /// <summary>A field of the request is wrong (400); <see cref="Refusal.Field"/> names it.</summary>
    Invalid,
    /// <summary>Nobody is signed in, or the sign-in failed (401).</summary>
    NotSignedIn,
    /// <summary>The caller may not do this (403).</summary>
    Forbidden,
    /// <summary>The entity named does not exist, or not for this caller (404).</summary>
    NotFound,
    /// <summary>Not possible in the entity's present state (409).</summary>
    Conflict,
}

/// <summary>
/// Why a request changed nothing: one type from the rules through the grains to the HTTP answer. <see cref="Field"/> is
/// the request's JSON path at fault ("amount", "transactions[2].at"), when one field is.
/// </summary>
public sealed record Refusal(RefusalKind Kind, Words Detail, string? Field = null)
{
    /// <summary>
    /// The security rule that refused, when one did ("role-matrix", "four-eyes", "own-roles", "grant", "tree"): the API
    /// answers it as ProblemDetails' <c>rule</c>, so a screen or an auditor tells a rule's refusal from any other.
    /// </summary>
    public string? Rule { get; init; }

    /// <summary>A refusal by the named security rule (403).</summary>
    public static Refusal ForbiddenBy(string rule, string en, string zh) => new(RefusalKind.Forbidden, new(en, zh)) { Rule = rule };

    public static Refusal Invalid(string field, string en, string zh) => new(RefusalKind.Invalid, new(en, zh), field);

    public static Refusal Forbidden(string en, string zh) => new(RefusalKind.Forbidden, new(en, zh));

    public static Refusal NotFound(string en, string zh) => new(RefusalKind.NotFound, new(en, zh));

    public static Refusal Conflict(string en, string zh) => new(RefusalKind.Conflict, new(en, zh));

    public static Refusal NotSignedIn(string en, string zh) => new(RefusalKind.NotSignedIn, new(en, zh));

    /// <summary>"client C-1 is not registered": 404 for the entity a route names.</summary>
    public static Refusal NotRegistered(Thing thing, string id) =>
        NotFound($"{thing.En} {id} is not registered", $"{thing.Zh} {id} 未登记");

    /// <summary>The same, as a 400 on the request field that names it.</summary>
    public static Refusal NotRegistered(string field, Thing thing, string id) =>
        Invalid(field, $"{thing.En} {id} is not registered", $"{thing.Zh} {id} 未登记");

    /// <summary>"loan L-1 is already registered" with other details: 409 (a repeat with the same details is no refusal).</summary>
    public static Refusal AlreadyRegistered(Thing thing, string id) =>
        Conflict($"{thing.En} {id} is already registered", $"{thing.Zh} {id} 已登记");

    public override string ToString() => Field is null ? $"{Kind}: {Detail.En}" : $"{Kind} {Field}: {Detail.En}";
}

/// <summary>The bank's things by name in both languages, for refusals that name one.</summary>
public sealed record Thing(string En, string Zh)
{
    public static readonly Thing Institution = new("institution", "机构");
    public static readonly Thing Staff = new("staff member", "员工");
    public static readonly Thing Manager = new("manager", "客户经理");
    public static readonly Thing Client = new("client", "客户");
    public static readonly Thing Terminal = new("terminal", "终端");
    public static readonly Thing Loan = new("loan", "贷款");
    public static readonly Thing Transfer = new("transfer", "移交");
    public static readonly Thing Claim = new("claim", "提升划转申请");
    public static readonly Thing WorkOrder = new("work order", "工单");
    public static readonly Thing Desk = new("desk", "窗口");
    public static readonly Thing Ticket = new("ticket", "号票");
    public static readonly Thing Complaint = new("complaint", "投诉");
    public static readonly Thing Room = new("room", "催收室");
    public static readonly Thing File = new("file", "文件");
    public static readonly Thing Device = new("device", "设备");
}
