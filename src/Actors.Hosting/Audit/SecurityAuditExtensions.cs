using Actors.Domain.Audit;
using Actors.Hosting.Storage;
using Actors.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Actors.Hosting.Audit;

/// <summary>The security audit (<see cref="IAuditLog"/>) in the silo's own store, whichever it is.</summary>
public static class SecurityAuditExtensions
{
    /// <summary>On the embedded store: through its one writer, in the same commits as the grains' state.</summary>
    public static ISiloBuilder AddEmbeddedSecurityAudit(this ISiloBuilder silo)
    {
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.AddSingleton<IAuditLog>(sp => new SqliteAuditStore(
            sp.GetRequiredService<IGridStore>(), sp.GetRequiredService<EmbeddedStore>().ConnectionString, sp.GetRequiredService<TimeProvider>()));
        return silo;
    }

    /// <summary>On the cluster store: in the PostgreSQL database every silo shares.</summary>
    public static ISiloBuilder AddClusterSecurityAudit(this ISiloBuilder silo, string connectionString)
    {
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.AddSingleton<IAuditLog>(sp => new PostgresAuditStore(
            connectionString, sp.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId, sp.GetRequiredService<TimeProvider>()));
        return silo;
    }
}
