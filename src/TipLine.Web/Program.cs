using TipLine.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddTipLine();

var app = builder.Build();
await app.PrepareTipLineAsync();
app.UseTipLine();
await app.RunAsync();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
