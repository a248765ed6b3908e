using System.Text;
using TipLine.Testing.Environment;
using TipLine.Testing.Processes;

namespace TipLine.Infrastructure.Tests.Deployment;

/// <summary>
/// The deployment files as an operator gets them, checked with the real tools and no Docker engine: deploy/verify.sh
/// makes the secrets twice (the salt survives), opens the Data Protection PFX, and has docker-compose accept
/// docker-compose.yml with and without the clearnet profile, with only the proxy publishing ports (tor and nginx checks
/// run too where those are installed).
/// </summary>
public sealed class DeploymentFilesTests
{
    [DockerComposeFact]
    public void The_compose_file_and_the_secrets_script_pass_the_deployment_checks()
    {
        var root = TestEnvironment.RepositoryRoot;

        var result = ChildProcess.Run("bash", null, [Path.Combine(root, "deploy", "verify.sh")], workingDirectory: root);

        var output = Encoding.UTF8.GetString(result.StandardOutput);
        Assert.True(result.ExitCode == 0, output + result.StandardError);
        Assert.DoesNotContain("FAIL", output, StringComparison.Ordinal);
        Assert.Contains("ok    docker-compose config", output, StringComparison.Ordinal);
        Assert.Contains("ok    services: postgres proxy tipline tor", output, StringComparison.Ordinal);
        Assert.Contains("ok    only the proxy publishes ports", output, StringComparison.Ordinal);
        Assert.Contains("ok    second run keeps the salt", output, StringComparison.Ordinal);
    }
}
