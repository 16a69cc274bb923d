using System.Net;
using System.Net.Sockets;
using CampaignOrchestrator.Integrations.Http;
using Polly.Timeout;

namespace CampaignOrchestrator.Integrations.Tests.Http;

public sealed class VendorFailureRulesTests
{
    [Theory]
    [InlineData(408, true)]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(503, true)]
    [InlineData(400, false)]
    [InlineData(401, false)]
    [InlineData(403, false)]
    [InlineData(404, false)]
    public void IsTransientStatus_ClassifiesStatus(int status, bool expected) =>
        Assert.Equal(expected, VendorFailureRules.IsTransientStatus(status));

    [Fact]
    public void NeverReachedServer_ConnectionRefused_IsTrue()
    {
        var refused = new HttpRequestException(HttpRequestError.ConnectionError, "refused", new SocketException((int)SocketError.ConnectionRefused));
        Assert.True(VendorFailureRules.NeverReachedServer(refused));
    }

    [Fact]
    public void NeverReachedServer_ResponseEnded_IsFalse() =>
        Assert.False(VendorFailureRules.NeverReachedServer(new HttpRequestException(HttpRequestError.ResponseEnded, "ended")));

    [Fact]
    public void MayRetry_GetOnTransientStatus_IsTrue()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        Assert.True(VendorFailureRules.MayRetry(HttpMethod.Get, response, null));
    }

    [Fact]
    public void MayRetry_GetOnPermanentStatus_IsFalse()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.NotFound);
        Assert.False(VendorFailureRules.MayRetry(HttpMethod.Get, response, null));
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    public void MayRetry_WriteOn500_IsFalse(string method)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.InternalServerError);
        Assert.False(VendorFailureRules.MayRetry(new HttpMethod(method), response, null));
    }

    [Fact]
    public void MayRetry_WriteOnTimeout_IsFalse() =>
        Assert.False(VendorFailureRules.MayRetry(HttpMethod.Post, null, new TimeoutRejectedException()));

    [Fact]
    public void MayRetry_WriteThatNeverConnected_IsTrue() =>
        Assert.True(VendorFailureRules.MayRetry(HttpMethod.Post, null, new HttpRequestException(HttpRequestError.ConnectionError, "refused")));

    [Fact]
    public void EffectOfStatus_5xxIsUnknown_4xxIsNone()
    {
        Assert.Equal(VendorEffect.Unknown, VendorFailureRules.EffectOfStatus(500));
        Assert.Equal(VendorEffect.None, VendorFailureRules.EffectOfStatus(429));
    }
}
