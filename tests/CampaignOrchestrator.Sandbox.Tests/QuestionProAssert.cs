using System.Text.Json;

namespace CampaignOrchestrator.Sandbox.Tests;

/// <summary>Assertions on QuestionPro bodies.</summary>
internal static class QuestionProAssert
{
    /// <summary>Asserts the error envelope and returns its message.</summary>
    public static string Error(JsonElement body, int status, string name, string id, string? resourceUrl = null)
    {
        var error = body.GetProperty("response").GetProperty("error");
        Assert.Equal("www.questionpro.com/api/error-codes.html", error.GetProperty("docs").GetString());
        Assert.Equal(name, error.GetProperty("name").GetString());
        Assert.Equal(status, error.GetProperty("httpStatusCode").GetInt32());
        Assert.Equal(id, error.GetProperty("id").GetString());
        if (resourceUrl is not null)
        {
            Assert.Equal(resourceUrl, error.GetProperty("resourceUrl").GetString());
        }

        return error.GetProperty("message").GetString()!;
    }

    /// <summary>Asserts the success envelope and returns the payload.</summary>
    public static JsonElement Success(JsonElement body)
    {
        Assert.True(Guid.TryParse(body.GetProperty("requestID").GetString(), out _));
        return body.GetProperty("response");
    }
}
