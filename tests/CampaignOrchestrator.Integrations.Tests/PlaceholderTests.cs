namespace CampaignOrchestrator.Integrations.Tests;

public sealed class PlaceholderTests
{
    [Fact]
    public void Build_Works() => Assert.Equal(2, 1 + 1);
}
