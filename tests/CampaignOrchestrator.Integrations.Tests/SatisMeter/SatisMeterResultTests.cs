using System.Net;
using CampaignOrchestrator.Integrations.Http;
using CampaignOrchestrator.Integrations.SatisMeter;

namespace CampaignOrchestrator.Integrations.Tests.SatisMeter;

public sealed class SatisMeterResultTests
{
    [Fact]
    public void Interpret_Success_IsRecordedWithId()
    {
        var result = SatisMeterClient.Interpret(HttpStatusCode.OK, """{"id":"r-1"}""");

        Assert.Equal(InsertResponseOutcome.Recorded, result.Outcome);
        Assert.Equal("r-1", result.ResponseId);
    }

    [Fact]
    public void Interpret_EmptySuccessBody_IsRecorded() =>
        Assert.Equal(InsertResponseOutcome.Recorded, SatisMeterClient.Interpret(HttpStatusCode.Created, string.Empty).Outcome);

    [Theory]
    [InlineData("""{"message":"Duplicate response"}""")]
    [InlineData("""{"error":"Duplicate response"}""")]
    [InlineData("Duplicate response")]
    public void Interpret_DuplicateIn400_IsDuplicate(string body) =>
        Assert.Equal(InsertResponseOutcome.Duplicate, SatisMeterClient.Interpret(HttpStatusCode.BadRequest, body).Outcome);

    [Fact]
    public void Interpret_Other4xx_IsRejectedWithTheMessage()
    {
        var result = SatisMeterClient.Interpret(HttpStatusCode.NotFound, """{"message":"Campaign not found"}""");

        Assert.Equal(InsertResponseOutcome.Rejected, result.Outcome);
        Assert.Equal("Campaign not found", result.Message);
        Assert.Equal(VendorEffect.None, result.Effect);
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, VendorEffect.None)]
    [InlineData(HttpStatusCode.InternalServerError, VendorEffect.Unknown)]
    [InlineData(HttpStatusCode.BadGateway, VendorEffect.Unknown)]
    public void Interpret_TransientStatus_IsTransientWithItsEffect(HttpStatusCode status, VendorEffect effect)
    {
        var result = SatisMeterClient.Interpret(status, "<html>oops</html>");

        Assert.Equal(InsertResponseOutcome.TransientFailure, result.Outcome);
        Assert.Equal(effect, result.Effect);
    }

    [Fact]
    public void Validate_BothUserIdAndAnonymousId_IsRejected()
    {
        var request = new InsertResponseRequest
        {
            Campaign = "c",
            Answers = [SatisMeterAnswer.FromRating("q", 9)],
            UserId = "u",
            AnonymousId = "a",
        };

        Assert.Equal("$.userId", Assert.Single(InsertResponseRequestValidator.Validate(request)).Path);
    }

    [Fact]
    public void Validate_NoAnswersAndNoCampaign_ReportsBoth()
    {
        var request = new InsertResponseRequest { Campaign = " ", Answers = [], UserId = "u" };

        Assert.Equal(["$.campaign", "$.answers"], InsertResponseRequestValidator.Validate(request).Select(f => f.Path));
    }
}
