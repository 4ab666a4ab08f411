using Actors.Contracts.Institutions;
using Actors.Contracts.Worklist;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.Hosting.Storage;

/// <summary>
/// <c>Actors.Silo rebuild-read-models</c>: starts the silo as configured (it joins a cluster like any silo; on the
/// embedded store it takes the data directory, so the silo using it must be stopped), asks every institution's worklist
/// book to read its entities again and replace what it holds, prints how many items each had wrong, and exits.
/// </summary>
public static class RebuildReadModelsCommand
{
    public const string Name = "rebuild-read-models";

    public static bool IsRequested(IReadOnlyList<string> args) => args.Count > 0 && args[0] == Name;

    /// <summary>Returns the process exit code: 0 when every read model was rebuilt.</summary>
    public static async Task<int> RunAsync(WebApplication app, TextWriter output)
    {
        await app.StartAsync();
        try
        {
            var grains = app.Services.GetRequiredService<IGrainFactory>();
            var institutions = await grains.GetGrain<IInstitutionDirectoryGrain>(IInstitutionDirectoryGrain.Key).List();
            var fixedItems = 0;
            foreach (var id in institutions)
            {
                var differed = await grains.GetGrain<IWorklistBookGrain>(id).Rebuild();
                fixedItems += differed;
                await output.WriteLineAsync($"worklist/{id}: {differed} item(s) differed from the entities and were replaced");
            }
            await output.WriteLineAsync($"Rebuilt the worklists of {institutions.Count} institution(s); {fixedItems} item(s) differed.");
            return 0;
        }
        finally
        {
            await app.StopAsync();
        }
    }
}
