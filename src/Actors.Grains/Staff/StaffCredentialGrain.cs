using Actors.Domain;
using Actors.Contracts.Managers;
using Actors.Contracts.Staff;
using Actors.Domain.Staff;
using Actors.Grains.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace Actors.Grains.Staff;

[GenerateSerializer, Alias("bg.StaffCredentialState.v1")]
public sealed class StaffCredentialState
{
    /// <summary>ASP.NET Core Identity's PBKDF2 hash (format v3: salt, iteration count and algorithm inside).</summary>
    [Id(0)] public string? PasswordHash { get; set; }
    [Id(1)] public DateTimeOffset? ChangedAt { get; set; }
    /// <summary>Kept for states written before failures were counted per address; no longer read.</summary>
    [Id(2)] public int FailuresInARow { get; set; }
    [Id(3)] public DateTimeOffset? LastFailure { get; set; }

    /// <summary>The session stamp sign-in cookies must carry (null in states written before stamps: the empty stamp).</summary>
    [Id(4)] public string? Stamp { get; set; }

    /// <summary>A leaver's account: sign-in refused.</summary>
    [Id(5)] public bool Disabled { get; set; }

    /// <summary>Wrong passwords in a row, per address they came from (<see cref="SignInLockout"/>).</summary>
    [Id(6)] public Dictionary<string, SignInFailures> Failures { get; set; } = new(StringComparer.Ordinal);
}

[GenerateSerializer, Alias("bg.SignInFailures")]
public sealed class SignInFailures
{
    [Id(0)] public int InARow { get; set; }
    [Id(1)] public DateTimeOffset Last { get; set; }
}

public sealed class StaffCredentialGrain(
    [PersistentState("credential")] IPersistentState<StaffCredentialState> state,
    BankRules rules) : Grain, IStaffCredentialGrain
{
    // The hasher ignores the user object; one instance is safe to share.
    private static readonly PasswordHasher<StaffCredentialState> Hasher = new();
    private static readonly Lazy<string> NobodysHash = new(() => Hasher.HashPassword(new(), Guid.NewGuid().ToString()));

    private const int MaxAddresses = 64;

    private StaffCredentialState S => state.State;

    public async Task<Refusal?> SetPassword(string password)
    {
        if (PasswordRule.RefusalReason(password) is { } refusal)
        {
            return refusal;
        }
        var staffId = this.GetPrimaryKeyString();
        if (await GrainFactory.GetGrain<IManagerGrain>(staffId).GetSnapshot() is null)
        {
            return Refusal.NotRegistered(Thing.Staff, staffId);
        }
        (S.PasswordHash, S.ChangedAt, S.Stamp) = (Hasher.HashPassword(S, password), rules.Now, NewStamp());
        S.Failures.Clear();
        await state.WriteStateAsync();
        return null;
    }

    public Task<Refusal?> SetFirstPassword(string password) => S.PasswordHash is null
        ? SetPassword(password)
        : Task.FromResult<Refusal?>(Refusal.Conflict(
            $"staff member {this.GetPrimaryKeyString()} already has a password", $"员工 {this.GetPrimaryKeyString()} 已设置密码"));

    public async Task<bool> Verify(string password) => (await Check(password, "")).Verified;

    public async Task<SignInCheck> Check(string password, string address)
    {
        if (string.IsNullOrEmpty(password) || password.Length > PasswordRule.MaxLength)
        {
            return new(false, null);
        }
        if (S.PasswordHash is null || S.Disabled)
        {
            // As slow as a wrong password, so the answer's timing does not tell which staff ids exist.
            Hasher.VerifyHashedPassword(S, NobodysHash.Value, password);
            return new(false, null);
        }
        var failures = S.Failures.GetValueOrDefault(address);
        if (SignInLockout.Wait(failures?.InARow ?? 0, failures?.Last, rules.Now) is { } wait)
        {
            return new(false, wait);
        }
        var result = Hasher.VerifyHashedPassword(S, S.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed)
        {
            S.Failures[address] = new() { InARow = (failures?.InARow ?? 0) + 1, Last = rules.Now };
            ForgetOldestFailures();
            await state.WriteStateAsync();
            return new(false, null);
        }
        if (result == PasswordVerificationResult.SuccessRehashNeeded || failures is not null)
        {
            // A hash made with older parameters is upgraded while the password is at hand.
            S.PasswordHash = result == PasswordVerificationResult.SuccessRehashNeeded ? Hasher.HashPassword(S, password) : S.PasswordHash;
            S.Failures.Remove(address);
            await state.WriteStateAsync();
        }
        return new(true, null);
    }

    public async Task Unlock()
    {
        S.Failures.Clear();
        await state.WriteStateAsync();
    }

    /// <summary>The state stays small however many addresses guess: the longest-quiet ones are forgotten first.</summary>
    private void ForgetOldestFailures()
    {
        foreach (var old in S.Failures.OrderByDescending(f => f.Value.Last).Skip(MaxAddresses).Select(f => f.Key).ToList())
        {
            S.Failures.Remove(old);
        }
    }

    public Task<bool> HasPassword() => Task.FromResult(S.PasswordHash is not null);

    public Task<string> SessionStamp() => Task.FromResult(S.Stamp ?? "");

    public async Task EndSessions()
    {
        S.Stamp = NewStamp();
        await state.WriteStateAsync();
    }

    public async Task SetDisabled(bool disabled)
    {
        (S.Disabled, S.Stamp) = (disabled, disabled ? NewStamp() : S.Stamp);
        await state.WriteStateAsync();
    }

    public Task<bool> IsDisabled() => Task.FromResult(S.Disabled);

    private static string NewStamp() => Guid.NewGuid().ToString("N");
}
