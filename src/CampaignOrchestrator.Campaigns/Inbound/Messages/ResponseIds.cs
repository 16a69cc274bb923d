using System.Security.Cryptography;
using System.Text.Json;

namespace CampaignOrchestrator.Campaigns.Inbound.Messages;

/// <summary>Derives the id of a response that has none from its content.</summary>
public static class ResponseIds
{
    /// <summary>What a derived id starts with, so it can be told apart from the ids producers usually choose.</summary>
    public const string DerivedPrefix = "sha256:";

    /// <summary>
    /// Hashes a response's JSON as compact text (whitespace never changes the id; property order does, as it does for
    /// any producer that re-serializes). The same response in a redelivered message gets the same id.
    /// </summary>
    /// <param name="response">The response as received.</param>
    /// <returns><c>sha256:</c> and the first 32 hex digits of the hash.</returns>
    public static string Derive(JsonElement response)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            response.WriteTo(writer);
        }

        var hash = SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        return DerivedPrefix + Convert.ToHexStringLower(hash, 0, 16);
    }
}
