using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Actors.Hosting.Bootstrap;

public static class FirstAdministratorExtensions
{
    /// <summary>The first administrator as configured in "Grid:FirstAdministrator"; a silo refuses to start on bad settings.</summary>
    public static ISiloBuilder AddFirstAdministrator(this ISiloBuilder silo, IConfiguration configuration)
    {
        var section = configuration.GetSection(FirstAdministratorOptions.SectionName);
        var options = section.Get<FirstAdministratorOptions>() ?? new FirstAdministratorOptions();
        if (options.Problems() is { Count: > 0 } problems)
        {
            throw new OptionsValidationException(FirstAdministratorOptions.SectionName, typeof(FirstAdministratorOptions), problems);
        }
        if (options.StaffId is null)
        {
            return silo;
        }
        silo.Services.AddOptions<FirstAdministratorOptions>().Bind(section);
        silo.Services.TryAddKeyedSingleton(OneTimePasswords.ConsoleKey, Console.Out);
        silo.AddStartupTask<FirstAdministrator>();
        return silo;
    }
}
