using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Sandbox.QuestionPro.Respondent;

/// <summary>Signs and verifies <c>x-survey-token</c>: base64url(JSON payload) + "." + base64url(HMAC-SHA256 of the first part).</summary>
internal sealed class SurveyTokenSigner(IOptions<SandboxOptions> options)
{
    public const string HeaderName = "x-survey-token";

    private readonly byte[] _key = string.IsNullOrEmpty(options.Value.TokenSecret)
        ? RandomNumberGenerator.GetBytes(32)
        : Encoding.UTF8.GetBytes(options.Value.TokenSecret);

    public string Sign(SurveyTokenPayload payload)
    {
        var body = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload));
        return $"{body}.{Base64Url.EncodeToString(Signature(body))}";
    }

    /// <summary>The payload of a token with a valid signature, or <see langword="null"/>.</summary>
    public SurveyTokenPayload? Verify(string? token)
    {
        var dot = token?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (token is null || dot <= 0)
        {
            return null;
        }

        var body = token[..dot];
        try
        {
            var signature = Base64Url.DecodeFromChars(token.AsSpan(dot + 1));
            if (!CryptographicOperations.FixedTimeEquals(signature, Signature(body)))
            {
                return null;
            }

            return JsonSerializer.Deserialize<SurveyTokenPayload>(Base64Url.DecodeFromChars(body));
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            return null;
        }
    }

    private byte[] Signature(string body) => HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(body));
}

/// <summary>What a survey token carries: session, survey, the session's token sequence number, and issue time (Unix seconds).</summary>
internal sealed record SurveyTokenPayload(
    [property: JsonPropertyName("sid")] Guid SessionId,
    [property: JsonPropertyName("svy")] long SurveyId,
    [property: JsonPropertyName("seq")] int Sequence,
    [property: JsonPropertyName("iat")] long IssuedAt);
