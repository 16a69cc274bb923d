using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace CampaignOrchestrator.Campaigns.Runs;

/// <summary>
/// An operator's decision about an ambiguous send (the payload of the <c>resolve</c> event):
/// <c>resend</c> forgets the idempotency record and sends again; <c>skip</c> goes on without it; <c>use</c> records
/// that it happened (for a micropanel batch, with the <c>batchId</c> found at QuestionPro).
/// </summary>
/// <param name="Action"><see cref="Resend"/>, <see cref="Skip"/> or <see cref="Use"/>.</param>
/// <param name="BatchId">The batch found at the vendor (required by <see cref="Use"/> for a micropanel batch).</param>
/// <param name="OperationKey">When given, the decision applies only to the send with this key (as shown in the status).</param>
public sealed record OperatorResolution(string Action, long? BatchId = null, string? OperationKey = null)
{
    /// <summary>Forget the record and send again.</summary>
    public const string Resend = "resend";

    /// <summary>Go on without the send.</summary>
    public const string Skip = "skip";

    /// <summary>Record that the send happened.</summary>
    public const string Use = "use";

    /// <summary>Reads a <c>resolve</c> payload.</summary>
    /// <param name="payload">The payload.</param>
    /// <param name="resolution">The decision.</param>
    /// <param name="error">Why the payload is not one.</param>
    /// <returns><see langword="true"/> when the payload is a decision.</returns>
    public static bool TryParse(JsonElement? payload, [NotNullWhen(true)] out OperatorResolution? resolution, [NotNullWhen(false)] out string? error)
    {
        resolution = null;
        if (payload is not { ValueKind: JsonValueKind.Object } body)
        {
            error = "the payload must be an object such as {\"action\":\"resend\"}";
            return false;
        }

        var action = Text(body, "action")?.ToLowerInvariant();
        if (action is not (Resend or Skip or Use))
        {
            error = "action must be resend, skip or use";
            return false;
        }

        long? batchId = null;
        if (body.TryGetProperty("batchId", out var id) && id.ValueKind != JsonValueKind.Null)
        {
            batchId = PositiveId(id);
            if (batchId is null)
            {
                error = "batchId must be a positive integer";
                return false;
            }
        }

        resolution = new OperatorResolution(action, batchId, Text(body, "operationKey"));
        error = null;
        return true;
    }

    private static long? PositiveId(JsonElement id)
    {
        long number = 0;
        var read = id.ValueKind switch
        {
            JsonValueKind.Number => id.TryGetInt64(out number),
            JsonValueKind.String => long.TryParse(id.GetString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out number),
            _ => false,
        };
        return read && number > 0 ? number : null;
    }

    /// <summary>Reads an optional text property of an event payload.</summary>
    /// <param name="payload">The payload.</param>
    /// <param name="name">The property.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    internal static string? Text(JsonElement? payload, string name) =>
        payload is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
