using TipLine.Application.Intake;
using TipLine.Application.Intake.OpenIntakeForm;
using TipLine.Cli.Tests.Age;
using TipLine.Crypto.Age;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;

namespace TipLine.Cli.Tests.Channels;

/// <summary>"tipline channel recipients": the same list the intake form wraps tip keys to, as a usable age recipients file.</summary>
public sealed class ShowChannelRecipientsTests : IDisposable
{
    private readonly ChannelDeployment deployment = new();

    [Fact]
    public async Task Recipients_are_the_intake_investigators_and_the_escrow_key_exactly_as_the_form_uses_them()
    {
        using var escrow = X25519Identity.Generate();
        deployment.Initialise("--escrow", escrow.Recipient.ToString());

        var result = deployment.Run("channel", "recipients", "--slug", "wildlife");

        Assert.True(result.ExitCode == 0, result.Error);
        var printed = RecipientLines(result.Output);
        await using (var context = deployment.OpenContext())
        {
            var form = await new OpenIntakeFormHandler(new OpenChannels(context)).Handle(new OpenIntakeForm("wildlife"), CancellationToken.None);
            Assert.Equal(form!.Recipients, printed);
            var administrator = context.StaffUsers.Single();
            Assert.Equal(new[] { administrator.PublicKey, escrow.Recipient.ToString() }.Order(StringComparer.Ordinal), printed);
        }

        Assert.Contains("# intake investigator admin", result.Output, StringComparison.Ordinal);
        Assert.Contains($"# escrow key of '{ChannelDeployment.OrganisationName}'", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_output_is_an_age_recipients_file_that_encrypts_to_the_escrow_key()
    {
        using var escrow = X25519Identity.Generate();
        deployment.Initialise("--escrow", escrow.Recipient.ToString());
        var recipients = deployment.Run("channel", "recipients", "--slug", "wildlife");
        Assert.True(recipients.ExitCode == 0, recipients.Error);
        File.WriteAllText(deployment.File("recipients.txt"), recipients.Output);
        File.WriteAllText(deployment.File("escrow.txt"), escrow.ToSecretString() + "\n");
        var plaintext = "a test message for every recipient"u8.ToArray();

        var encrypted = ProcessRunner.Tipline(plaintext, null, "age", "-R", deployment.File("recipients.txt"), "-o", deployment.File("message.age"));
        Assert.True(encrypted.ExitCode == 0, encrypted.StandardError);
        var decrypted = ProcessRunner.Tipline(null, null, "age", "-d", "-i", deployment.File("escrow.txt"), deployment.File("message.age"));

        Assert.True(decrypted.ExitCode == 0, decrypted.StandardError);
        Assert.Equal(plaintext, decrypted.StandardOutput);
    }

    [Fact]
    public async Task A_channel_of_an_organisation_without_investigators_has_no_recipients_and_says_why()
    {
        deployment.Initialise();
        await AddOrganisationAsync("Customs Office", investigatorKey: null);

        var added = deployment.Run("channel", "add", "--organisation", "Customs Office", "--slug", "customs", "--name", "Customs leads");
        Assert.True(added.ExitCode == 0, added.Error);
        Assert.Contains("has no recipients", added.Error, StringComparison.Ordinal);

        var result = deployment.Run("channel", "recipients", "--slug", "customs");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("channel 'customs' has no recipients", result.Error, StringComparison.Ordinal);
        Assert.Contains("IntakeInvestigator", result.Error, StringComparison.Ordinal);
        Assert.Empty(RecipientLines(result.Output));
    }

    [Fact]
    public async Task Recipients_come_from_the_channels_own_organisation_only()
    {
        deployment.Initialise();
        using var investigator = X25519Identity.Generate();
        await AddOrganisationAsync("Customs Office", investigator.Recipient.ToString());
        Assert.Equal(0, deployment.Run("channel", "add", "--organisation", "Customs Office", "--slug", "customs", "--name", "Customs leads").ExitCode);

        var result = deployment.Run("channel", "recipients", "--slug", "customs");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal([investigator.Recipient.ToString()], RecipientLines(result.Output));
        Assert.Contains("# intake investigator customs.investigator (Customs Investigator) of 'Customs Office'", result.Output, StringComparison.Ordinal);
    }

    public void Dispose() => deployment.Dispose();

    private static List<string> RecipientLines(string output) =>
        output.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#')).ToList();

    /// <summary>
    /// A second organisation, written with the real context, since only the back office (issue 4) will create one.
    /// Its investigator's sign-in material is left empty: recipients depend only on the role and the public key.
    /// </summary>
    private async Task AddOrganisationAsync(string name, string? investigatorKey)
    {
        await using var context = deployment.OpenContext();
        var day = new DateOnly(2026, 1, 1);
        var organisation = new Organisation(Guid.NewGuid(), name, OrganisationType.Customs, ["FR"], day);
        context.Organisations.Add(organisation);
        if (investigatorKey is not null)
        {
            context.StaffUsers.Add(new StaffUser(
                Guid.NewGuid(), organisation.Id, "customs.investigator", "Customs Investigator", StaffRoles.IntakeInvestigator,
                "unused-password-hash", investigatorKey, [], [], day));
        }

        await context.SaveChangesAsync();
    }
}
