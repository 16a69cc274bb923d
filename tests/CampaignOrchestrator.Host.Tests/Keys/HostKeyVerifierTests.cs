using CampaignOrchestrator.Host.Keys;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Host.Tests.Keys;

public sealed class HostKeyVerifierTests
{
    private const string Master = "a-master-key-of-some-length";

    [Theory]
    [InlineData(Master, true)]
    [InlineData(Master + " ", false)]
    [InlineData("A-master-key-of-some-length", false)]
    [InlineData("", false)]
    [InlineData("x", false)]
    public void IsMaster_PresentedKey_MatchesOnlyTheExactKey(string presented, bool expected)
    {
        var verifier = new HostKeyVerifier(Options.Create(new HostKeyOptions { Master = Master }));

        Assert.Equal(expected, verifier.IsMaster(presented));
    }

    [Theory]
    [InlineData(null, "Host:Keys:Master is required")]
    [InlineData("", "Host:Keys:Master is required")]
    [InlineData("too-short", "at least 16 characters")]
    [InlineData("has a space in the key", "without whitespace")]
    public void Validate_UnusableKey_FailsNamingTheSettingWithoutRepeatingTheKey(string? key, string expected)
    {
        var result = new HostKeyOptionsValidator().Validate(null, new HostKeyOptions { Master = key });

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Host:Keys:Master", result.FailureMessage, StringComparison.Ordinal);
        if (!string.IsNullOrEmpty(key))
        {
            Assert.DoesNotContain(key, result.FailureMessage, StringComparison.Ordinal);
        }
    }
}
