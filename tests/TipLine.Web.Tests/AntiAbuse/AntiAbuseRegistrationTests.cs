using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TipLine.Web.AntiAbuse;

namespace TipLine.Web.Tests.AntiAbuse;

public sealed class AntiAbuseRegistrationTests
{
    [Fact]
    public void Without_settings_the_defaults_of_the_intake_protocol_apply()
    {
        using var provider = BuildProvider([]);

        var proofOfWork = provider.GetRequiredService<IOptions<ProofOfWorkOptions>>().Value;
        var noScript = provider.GetRequiredService<IOptions<NoScriptOptions>>().Value;

        Assert.Equal(18, proofOfWork.Difficulty);
        Assert.Equal(10, proofOfWork.LifetimeMinutes);
        Assert.Equal(1_000_000, proofOfWork.MaximumSpentChallenges);
        Assert.Equal(30, noScript.SubmissionsPerMinute);
        Assert.Equal(30, noScript.LoginsPerMinute);
        Assert.Equal(18, provider.GetRequiredService<ProofOfWorkService>().Difficulty);
    }

    [Fact]
    public void Settings_are_read_from_the_TipLine_sections_and_the_services_are_singletons()
    {
        using var provider = BuildProvider(new Dictionary<string, string?>
        {
            ["TipLine:ProofOfWork:Difficulty"] = "3",
            ["TipLine:ProofOfWork:LifetimeMinutes"] = "2",
            ["TipLine:NoScript:SubmissionsPerMinute"] = "1",
            ["TipLine:NoScript:LoginsPerMinute"] = "7",
        });

        var service = provider.GetRequiredService<ProofOfWorkService>();
        Assert.Same(service, provider.GetRequiredService<ProofOfWorkService>());
        Assert.Equal(3, service.Issue(ProofOfWorkPurpose.Submit).Difficulty);
        Assert.Equal(2, provider.GetRequiredService<IOptions<ProofOfWorkOptions>>().Value.LifetimeMinutes);

        var limiter = provider.GetRequiredService<NoScriptLimiter>();
        Assert.Same(limiter, provider.GetRequiredService<NoScriptLimiter>());
        Assert.True(limiter.TryAcquireSubmission());
        Assert.False(limiter.TryAcquireSubmission());
        Assert.Equal(7, provider.GetRequiredService<IOptions<NoScriptOptions>>().Value.LoginsPerMinute);
    }

    [Theory]
    [InlineData("TipLine:ProofOfWork:Difficulty", "33")]
    [InlineData("TipLine:ProofOfWork:Difficulty", "-1")]
    [InlineData("TipLine:ProofOfWork:LifetimeMinutes", "0")]
    [InlineData("TipLine:ProofOfWork:MaximumSpentChallenges", "0")]
    [InlineData("TipLine:NoScript:SubmissionsPerMinute", "0")]
    [InlineData("TipLine:NoScript:LoginsPerMinute", "-5")]
    public void An_out_of_range_setting_stops_the_service_from_starting(string key, string value)
    {
        using var provider = BuildProvider(new Dictionary<string, string?> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() =>
        {
            provider.GetRequiredService<ProofOfWorkService>();
            provider.GetRequiredService<NoScriptLimiter>();
        });
        Assert.Contains(key[(key.LastIndexOf(':') + 1)..], error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider BuildProvider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddTipLineAntiAbuse(configuration).BuildServiceProvider();
    }
}
