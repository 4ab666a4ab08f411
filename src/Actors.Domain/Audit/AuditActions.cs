using System.Collections.Concurrent;

namespace Actors.Domain.Audit;

/// <summary>
/// The audit's action codes, "area.event". Codes are stored: never rename one. A feature adds its own (e.g.
/// "calendar.uploaded") and, for the audit screen, its label in both languages (<see cref="Label"/>).
/// </summary>
public static class AuditActions
{
    public const string SignInSucceeded = "sign-in.succeeded";
    public const string SignInFailed = "sign-in.failed";
    public const string SignInDelayed = "sign-in.delayed";
    public const string SignInThrottled = "sign-in.throttled";
    public const string SignInUnlocked = "sign-in.unlocked";
    public const string SignedOut = "session.signed-out";
    public const string SessionsRevoked = "session.revoked";
    public const string SessionExpired = "session.expired";
    public const string PasswordChanged = "password.changed";
    public const string PasswordReset = "password.reset";
    public const string StaffRegistered = "staff.registered";
    public const string RolesChanged = "staff.roles-changed";
    public const string StaffDisabled = "staff.disabled";
    public const string StaffEnabled = "staff.enabled";
    public const string InstitutionRegistered = "institution.registered";
    public const string UpstreamKeyRefused = "upstream-key.refused";
    public const string RequestDenied = "request.denied";
    public const string DeviceRegistered = "device.registered";
    public const string DeviceRevoked = "device.revoked";
    public const string CalendarUploaded = "calendar.uploaded";

    private static readonly ConcurrentDictionary<string, Words> Labels = new(new Dictionary<string, Words>
    {
        [SignInSucceeded] = new("Signed in", "登录成功"),
        [SignInFailed] = new("Sign-in failed", "登录失败"),
        [SignInDelayed] = new("Sign-in delayed after failures", "多次失败后延迟登录"),
        [SignInThrottled] = new("Sign-in throttled", "登录请求过多被限流"),
        [SignInUnlocked] = new("Sign-in delay lifted", "解除登录延迟"),
        [SignedOut] = new("Signed out", "退出登录"),
        [SessionsRevoked] = new("Sessions ended", "会话已终止"),
        [SessionExpired] = new("Session expired", "会话过期"),
        [PasswordChanged] = new("Own password changed", "修改本人密码"),
        [PasswordReset] = new("Password set by the management department", "管理部门设置密码"),
        [StaffRegistered] = new("Staff member registered", "登记员工"),
        [RolesChanged] = new("Roles changed", "变更角色"),
        [StaffDisabled] = new("Account disabled", "停用账户"),
        [StaffEnabled] = new("Account enabled", "启用账户"),
        [InstitutionRegistered] = new("Institution registered", "登记机构"),
        [UpstreamKeyRefused] = new("Upstream key refused", "上游系统密钥被拒绝"),
        [RequestDenied] = new("Request denied (403)", "请求被拒绝（403）"),
        [DeviceRegistered] = new("Device registered", "登记设备"),
        [DeviceRevoked] = new("Device revoked", "注销设备"),
        [CalendarUploaded] = new("Working calendar uploaded", "上传工作日历"),
    }, StringComparer.Ordinal);

    /// <summary>The action as the audit screen names it; an action no label is known for is shown as its code.</summary>
    public static Words Label(string action) => Labels.TryGetValue(action, out var label) ? label : new(action, action);

    /// <summary>Registers the label of a feature's own action (idempotent; call once at start).</summary>
    public static void Describe(string action, Words label) => Labels[action] = label;

    /// <summary>An action code: lower-case letters, digits and dashes, in dot-separated parts.</summary>
    public static bool IsCode(string? action) =>
        action is { Length: > 0 and <= 100 } && action.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.')
        && !action.StartsWith('.') && !action.EndsWith('.');
}
