using System.Text.Json;
using TipLine.Testing.Environment;
using TipLine.Testing.Processes;

namespace TipLine.Web.Tests.BrowserCrypto;

/// <summary>Runs the ClientApp interop scripts (src/TipLine.Web/ClientApp/test-support) with the real node and npm packages.</summary>
internal static class ClientAppScripts
{
    private static readonly Lazy<string> Directory = new(FindClientApp);

    public static ChildProcessResult Run(string script, IReadOnlyList<string> arguments, byte[]? standardInput = null)
    {
        var clientApp = Directory.Value;
        var scriptPath = Path.Combine(clientApp, "test-support", script);
        return ChildProcess.Run("node", standardInput, [scriptPath, .. arguments], workingDirectory: clientApp);
    }

    /// <summary>Like <see cref="Run"/>, but fails the test with node's stderr unless the script exits with 0.</summary>
    public static byte[] RunSuccessfully(string script, IReadOnlyList<string> arguments, byte[]? standardInput = null)
    {
        var result = Run(script, arguments, standardInput);
        Assert.True(result.ExitCode == 0, $"node {script} exited with {result.ExitCode}: {result.StandardError}");
        return result.StandardOutput;
    }

    /// <summary>Runs a script that prints one JSON document and returns it (detached from the parser's buffers).</summary>
    public static JsonElement RunForJson(string script, IReadOnlyList<string> arguments, byte[]? standardInput = null)
    {
        var output = RunSuccessfully(script, arguments, standardInput);
        using var json = JsonDocument.Parse(output);
        return json.RootElement.Clone();
    }

    // The same ClientApp the web build bundles.
    private static string FindClientApp()
    {
        var clientApp = Path.Combine(TestEnvironment.RepositoryRoot, "src", "TipLine.Web", "ClientApp");
        if (!System.IO.Directory.Exists(Path.Combine(clientApp, "node_modules")))
        {
            Assert.Fail("src/TipLine.Web/ClientApp/node_modules is missing: run `npm ci` in src/TipLine.Web/ClientApp.");
        }

        return clientApp;
    }
}
