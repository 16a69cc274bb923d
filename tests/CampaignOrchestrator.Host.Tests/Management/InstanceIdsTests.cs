using CampaignOrchestrator.Host.Management;

namespace CampaignOrchestrator.Host.Tests.Management;

public sealed class InstanceIdsTests
{
    [Theory]
    [InlineData("abc")]
    [InlineData("A-Z_a.z:0@9")]
    [InlineData("0f8fad5bd9cb469fa16570867728950e")]
    public void Validate_UrlSafeId_Accepts(string id) => Assert.Null(InstanceIds.Validate(id));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("with space")]
    [InlineData("slash/")]
    [InlineData("question?")]
    [InlineData("hash#")]
    [InlineData("percent%")]
    [InlineData("plus+")]
    [InlineData("brace{")]
    [InlineData("accented-é")]
    public void Validate_OtherIds_Rejects(string? id) => Assert.NotNull(InstanceIds.Validate(id));

    [Fact]
    public void Validate_Length_Accepts256AndRejects257()
    {
        Assert.Null(InstanceIds.Validate(new string('a', 256)));
        Assert.Contains("256", InstanceIds.Validate(new string('a', 257)), StringComparison.Ordinal);
    }
}
