using System.Text;
using TipLine.Cli.Commands;

namespace TipLine.Cli.Tests.Age;

/// <summary>Runs tipline verbs in-process through Program.RunAsync with captured streams.</summary>
internal static class InProcessCli
{
    public sealed record Result(int ExitCode, byte[] StandardOutput, string StandardError)
    {
        public string Text => Encoding.UTF8.GetString(StandardOutput);
    }

    public static async Task<Result> RunAsync(byte[]? standardInput, params string[] arguments)
    {
        using var input = new MemoryStream(standardInput ?? []);
        using var output = new MemoryStream();
        using var error = new StringWriter();
        var code = await Program.RunAsync(arguments, CommandCatalog.Create(), new CliConsole(input, output, error), CancellationToken.None);
        return new Result(code, output.ToArray(), error.ToString());
    }
}
