using Actors.Hosting.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddBranchGrid();

var app = builder.Build();
app.MapBranchGrid();
app.Run();

/// <summary>Visible to the API tests' WebApplicationFactory.</summary>
public partial class Program;
