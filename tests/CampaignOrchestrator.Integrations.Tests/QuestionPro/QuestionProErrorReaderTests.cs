using CampaignOrchestrator.Integrations.Http;
using CampaignOrchestrator.Integrations.QuestionPro;

namespace CampaignOrchestrator.Integrations.Tests.QuestionPro;

public sealed class QuestionProErrorReaderTests
{
    // Verbatim from the vendor's documentation: note the unquoted "docs" value, which makes it invalid JSON.
    private const string DocumentedEnvelope = """
        {
            "response": {
             "error": {
                 "docs": www.questionpro.com/api/error-codes.html
                 "name": "NOT_FOUND",
                 "httpStatusCode": 404,
                 "id" : "1040",
                 "message": "The resource that you're trying to access doesn't exist",
                 "resourceUrl":"resource_url"
                }
            }
        }
        """;

    [Fact]
    public void Read_ValidEnvelopeWithStringId_MapsEveryField()
    {
        const string Body = """{"response":{"error":{"docs":"d","name":"BAD_REQUEST","httpStatusCode":400,"id":"1002","message":"emailTemplate.content must contain <SURVEY_LINK>","resourceUrl":"r"}},"requestID":"req-1"}""";

        var failure = QuestionProErrorReader.Read(400, Body);

        Assert.Equal("BAD_REQUEST", failure.Name);
        Assert.Equal("1002", failure.ErrorId);
        Assert.Equal(400, failure.HttpStatusCode);
        Assert.Equal("emailTemplate.content must contain <SURVEY_LINK>", failure.VendorMessage);
        Assert.Equal("req-1", failure.RequestId);
        Assert.False(failure.IsTransient);
        Assert.Equal(VendorEffect.None, failure.Effect);
    }

    [Fact]
    public void Read_NumericId_IsAccepted()
    {
        var failure = QuestionProErrorReader.Read(500, """{"response":{"error":{"name":"INTERNAL_SERVER_ERROR","httpStatusCode":500,"id":1026,"message":"m"}}}""");

        Assert.Equal("1026", failure.ErrorId);
        Assert.True(failure.IsTransient);
        Assert.Equal(VendorEffect.Unknown, failure.Effect);
    }

    [Fact]
    public void Read_DocumentedInvalidJson_SalvagesFieldsAndKeepsAnExcerpt()
    {
        var failure = QuestionProErrorReader.Read(404, DocumentedEnvelope);

        Assert.Equal("NOT_FOUND", failure.Name);
        Assert.Equal("1040", failure.ErrorId);
        Assert.Equal("The resource that you're trying to access doesn't exist", failure.VendorMessage);
        Assert.StartsWith("{ \"response\": { \"error\": { \"docs\": www.questionpro.com", failure.BodyExcerpt, StringComparison.Ordinal);
        Assert.Contains("404", failure.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RespondentSessionExpired_IsFlagged()
    {
        var failure = QuestionProErrorReader.Read(400, """{"error":{"code":1002,"message":"Session expired. Please load the survey page before submitting."},"requestID":"9023"}""");

        Assert.True(failure.IsSessionExpired);
        Assert.Equal("1002", failure.ErrorId);
        Assert.Equal("9023", failure.RequestId);
    }

    [Fact]
    public void Read_HtmlErrorPage_GivesStatusAndShortExcerpt()
    {
        var body = "<html><body>" + new string('x', 1000) + "</body></html>";

        var failure = QuestionProErrorReader.Read(502, body);

        Assert.Null(failure.Name);
        Assert.Equal(502, failure.HttpStatusCode);
        Assert.True(failure.BodyExcerpt!.Length <= 201);
        Assert.True(failure.IsTransient);
        Assert.Contains("502", failure.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyBody_DoesNotThrow()
    {
        var failure = QuestionProErrorReader.Read(429, string.Empty);

        Assert.Equal(429, failure.HttpStatusCode);
        Assert.True(failure.IsTransient);
    }
}
