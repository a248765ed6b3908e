namespace TipLine.Cli.Tests.Channels;

/// <summary>
/// Bad command lines: each gets exit code 2 and a message naming what is wrong, and leaves every row of the
/// deployment as it was. The cases share one deployment, which the snapshot comparison proves each leaves intact.
/// </summary>
public sealed class ChannelBadInputTests(InitialisedChannelDeployment fixture) : IClassFixture<InitialisedChannelDeployment>
{
    private const string Organisation = ChannelDeployment.OrganisationName;

    public static TheoryData<string, string[]> BadCommandLines => new()
    {
        { "which channel command?", [] },
        { "unknown channel command 'rename'", ["rename", "--slug", "wildlife"] },
        { "--organisation is required", ["add", "--slug", "ivory", "--name", "Ivory"] },
        { "--slug is required", ["add", "--organisation", Organisation, "--name", "Ivory"] },
        { "--name is required", ["add", "--organisation", Organisation, "--slug", "ivory"] },
        { "'Ivory' is not a channel slug", ["add", "--organisation", Organisation, "--slug", "Ivory", "--name", "Ivory"] },
        { "'i' is not a channel slug", ["add", "--organisation", Organisation, "--slug", "i", "--name", "Ivory"] },
        { "is not a channel slug", ["add", "--organisation", Organisation, "--slug", "ivory trade", "--name", "Ivory"] },
        { "is not a channel slug", ["add", "--organisation", Organisation, "--slug", "ivory_trade", "--name", "Ivory"] },
        { "is not a channel slug", ["add", "--organisation", Organisation, "--slug", "ivöry", "--name", "Ivory"] },
        { "is not a channel slug", ["add", "--organisation", Organisation, "--slug", "", "--name", "Ivory"] },
        { "is not a channel slug", ["add", "--organisation", Organisation, "--slug", new string('a', 41), "--name", "Ivory"] },
        { "--name must be one line", ["add", "--organisation", Organisation, "--slug", "ivory", "--name", ""] },
        { "--name must be one line", ["add", "--organisation", Organisation, "--slug", "ivory", "--name", "   "] },
        { "--name must be one line", ["add", "--organisation", Organisation, "--slug", "ivory", "--name", "Ivory\ntrade"] },
        { "--name must be one line", ["add", "--organisation", Organisation, "--slug", "ivory", "--name", new string('n', 201)] },
        { "--description may have at most 4000", ["add", "--organisation", Organisation, "--slug", "ivory", "--name", "Ivory", "--description", new string('d', 4001)] },
        { "--description may have at most 4000", ["add", "--organisation", Organisation, "--slug", "ivory", "--name", "Ivory", "--description", "ring the bell\a"] },
        { "'de' is not a language", ["add", "--organisation", Organisation, "--slug", "ivory", "--name", "Ivory", "--languages", "de"] },
        { "'' is not a language", ["add", "--organisation", Organisation, "--slug", "ivory", "--name", "Ivory", "--languages", "en,,fr"] },
        { "'' is not a language", ["add", "--organisation", Organisation, "--slug", "ivory", "--name", "Ivory", "--languages", ""] },
        { "'en;fr' is not a language", ["add", "--organisation", Organisation, "--slug", "ivory", "--name", "Ivory", "--languages", "en;fr"] },
        { "'en' is given more than once", ["add", "--organisation", Organisation, "--slug", "ivory", "--name", "Ivory", "--languages", "en,fr,EN"] },
        { "--max-file-mb must be a whole number from 1 to 16,384", ["add", "--organisation", Organisation, "--slug", "ivory", "--name", "Ivory", "--max-file-mb", "0"] },
        { "--max-file-mb must be a whole number from 1 to 16,384", ["add", "--organisation", Organisation, "--slug", "ivory", "--name", "Ivory", "--max-file-mb", "-1"] },
        { "--max-file-mb must be a whole number from 1 to 16,384", ["add", "--organisation", Organisation, "--slug", "ivory", "--name", "Ivory", "--max-file-mb", "16385"] },
        { "--max-file-mb must be a whole number from 1 to 16,384", ["add", "--organisation", Organisation, "--slug", "ivory", "--name", "Ivory", "--max-file-mb", "99999999999"] },
        { "--max-file-mb must be a whole number from 1 to 16,384", ["add", "--organisation", Organisation, "--slug", "ivory", "--name", "Ivory", "--max-file-mb", "ten"] },
        { "--max-file-mb must be a whole number from 1 to 16,384", ["add", "--organisation", Organisation, "--slug", "ivory", "--name", "Ivory", "--max-file-mb", "1.5"] },
        { "--max-file-mb must be a whole number from 1 to 16,384", ["add", "--organisation", Organisation, "--slug", "ivory", "--name", "Ivory", "--max-file-mb", "1e3"] },
        { "--max-files must be a whole number from 1 up", ["add", "--organisation", Organisation, "--slug", "ivory", "--name", "Ivory", "--max-files", "0"] },
        { "--max-files must be a whole number from 1 up", ["add", "--organisation", Organisation, "--slug", "ivory", "--name", "Ivory", "--max-files", "2147483648"] },
        { "--max-files must be a whole number from 1 up", ["add", "--organisation", Organisation, "--slug", "ivory", "--name", "Ivory", "--max-files", "+3"] },
        { "--retention-days must be a whole number from 1 to 36,500", ["add", "--organisation", Organisation, "--slug", "ivory", "--name", "Ivory", "--retention-days", "0"] },
        { "--retention-days must be a whole number from 1 to 36,500", ["add", "--organisation", Organisation, "--slug", "ivory", "--name", "Ivory", "--retention-days", "36501"] },
        { "'channel add' has no option '--colour'", ["add", "--organisation", Organisation, "--slug", "ivory", "--name", "Ivory", "--colour", "green"] },
        { "--max-files needs a value", ["add", "--organisation", Organisation, "--slug", "ivory", "--name", "Ivory", "--max-files"] },
        { "--name is given more than once", ["add", "--organisation", Organisation, "--slug", "ivory", "--name", "Ivory", "--name", "Tusks"] },
        { "unexpected argument 'extra'", ["add", "--organisation", Organisation, "--slug", "ivory", "--name", "Ivory", "extra"] },
        { "'channel set' needs at least one of --name", ["set", "--slug", "wildlife"] },
        { "--organisation is only for 'channel add'", ["set", "--slug", "wildlife", "--organisation", Organisation, "--name", "Moved"] },
        { "--slug is required", ["set", "--name", "Renamed"] },
        { "'Wildlife' is not a channel slug", ["set", "--slug", "Wildlife", "--name", "Renamed"] },
        { "--max-file-mb must be a whole number from 1 to 16,384", ["set", "--slug", "wildlife", "--name", "Renamed", "--max-file-mb", "20000"] },
        { "'de' is not a language", ["set", "--slug", "wildlife", "--languages", "en,de"] },
        { "--slug is required", ["close"] },
        { "'channel open' has no option '--name'", ["open", "--slug", "wildlife", "--name", "Renamed"] },
        { "--slug is required", ["recipients"] },
        { "'channel list' has no option '--slug'", ["list", "--slug", "wildlife"] },
        { "unexpected argument 'everything'", ["list", "everything"] },
    };

    [Theory]
    [MemberData(nameof(BadCommandLines))]
    public void A_bad_command_line_is_explained_and_changes_nothing(string expectedMessage, string[] arguments)
    {
        var deployment = fixture.Deployment;
        var before = deployment.Snapshot();

        var result = deployment.Run(["channel", .. arguments]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("tipline: error: ", result.Error, StringComparison.Ordinal);
        Assert.Contains(expectedMessage, result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal(before, deployment.Snapshot());
    }
}
