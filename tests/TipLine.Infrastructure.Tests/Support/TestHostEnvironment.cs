using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace TipLine.Infrastructure.Tests.Support;

/// <summary>A host environment rooted in a test directory, so ./data paths land there.</summary>
public sealed class TestHostEnvironment(string contentRootPath) : IHostEnvironment
{
    public string EnvironmentName { get; set; } = Environments.Development;

    public string ApplicationName { get; set; } = "TipLine.Infrastructure.Tests";

    public string ContentRootPath { get; set; } = contentRootPath;

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
