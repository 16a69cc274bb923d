using CampaignOrchestrator.Host.Hosting;
using Microsoft.AspNetCore.Http;

namespace CampaignOrchestrator.Host.Tests.Hosting;

public sealed class QueryRedactionTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("?", "")]
    [InlineData("?code=secret", "?code=***")]
    [InlineData("?taskHub=Hub&connection=Storage&code=secret", "?taskHub=Hub&connection=Storage&code=***")]
    [InlineData("?CODE=secret&reason=x", "?CODE=***&reason=x")]
    [InlineData("?code=a&code=b", "?code=***&code=***")]
    [InlineData("?co%64e=secret", "?co%64e=***")]
    [InlineData("?code", "?code=***")]
    [InlineData("?showHistory=true", "?showHistory=true")]
    [InlineData("?barcode=1", "?barcode=1")]
    public void Redact_QueryString_HidesEveryCodeValue(string query, string expected)
    {
        Assert.Equal(expected, QueryRedaction.Redact(new QueryString(query.Length == 0 ? null : query)));
    }
}
