using Actors.Hosting.Extensions;
using Actors.Hosting.Storage;

var builder = WebApplication.CreateBuilder(args);
if (ClusterStoreMigrateCommand.IsRequested(args))
{
    return await ClusterStoreMigrateCommand.RunAsync(builder.Configuration, Console.Out, Console.Error);
}
builder.AddBranchGrid();

var app = builder.Build();
app.MapBranchGrid();
if (RebuildReadModelsCommand.IsRequested(args))
{
    return await RebuildReadModelsCommand.RunAsync(app, Console.Out);
}
app.Run();
return 0;

/// <summary>Visible to the API tests' WebApplicationFactory.</summary>
public partial class Program;
