using Actors.Contracts.Institutions;
using Actors.Contracts.Managers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Actors.Hosting.Bootstrap;

/// <summary>
/// Creates the head office and the first management-department user when they do not exist, and prints that user's
/// first password once. Every silo runs it at start; it changes nothing that is already there (a restart, another
/// silo, an administrator who has since changed their password or role).
/// </summary>
public sealed partial class FirstAdministrator(
    IGrainFactory grains,
    IOptions<FirstAdministratorOptions> options,
    [FromKeyedServices(OneTimePasswords.ConsoleKey)] TextWriter console,
    ILogger<FirstAdministrator> logger) : IStartupTask
{
    public async Task Execute(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (o.StaffId is not { } staffId)
        {
            return;
        }
        var headOffice = grains.GetGrain<IInstitutionGrain>(o.InstitutionId);
        if (!await headOffice.Exists())
        {
            await headOffice.Register(new(o.InstitutionName, InstitutionKind.HeadOffice, null));
        }
        var administrator = grains.GetGrain<IManagerGrain>(staffId);
        if (await administrator.GetSnapshot() is null)
        {
            await administrator.Register(new(o.InstitutionId, o.Name, [StaffRole.ManagementDepartment]));
        }
        if (await OneTimePasswords.GiveFirstAsync(grains, staffId) is { } password)
        {
            LogCreated(logger, staffId, o.InstitutionId);
            OneTimePasswords.Show(console, "First administrator (shown once; change it with POST /api/staff/{id}/password):",
                [$"  login {staffId} password {password}"]);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "First administrator {StaffId} of {InstitutionId} has a first password (printed to the console once)")]
    private static partial void LogCreated(ILogger logger, string staffId, string institutionId);
}
