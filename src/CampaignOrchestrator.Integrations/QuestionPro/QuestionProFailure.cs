using System.Text;
using CampaignOrchestrator.Integrations.Http;

namespace CampaignOrchestrator.Integrations.QuestionPro;

/// <summary>The details of a failed QuestionPro call.</summary>
public sealed record QuestionProFailure
{
    /// <summary>Gets how the call failed.</summary>
    public required QuestionProFailureKind Kind { get; init; }

    /// <summary>Gets the envelope's <c>name</c>.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the envelope's <c>id</c> as text.</summary>
    public string? ErrorId { get; init; }

    /// <summary>Gets the HTTP status, when a response arrived.</summary>
    public int? HttpStatusCode { get; init; }

    /// <summary>Gets the vendor's message.</summary>
    public string? VendorMessage { get; init; }

    /// <summary>Gets the vendor's request id.</summary>
    public string? RequestId { get; init; }

    /// <summary>Gets a short excerpt of a body that could not be read as JSON.</summary>
    public string? BodyExcerpt { get; init; }

    /// <summary>Gets whether the respondent session expired.</summary>
    public bool IsSessionExpired { get; init; }

    /// <summary>Gets what the call is known to have done at the vendor.</summary>
    public VendorEffect Effect { get; init; }

    /// <summary>Gets whether trying again later may succeed.</summary>
    public bool IsTransient => Kind switch
    {
        QuestionProFailureKind.Network or QuestionProFailureKind.Timeout => true,
        QuestionProFailureKind.UnreadableResponse => false,
        _ => HttpStatusCode is { } status && VendorFailureRules.IsTransientStatus(status),
    };

    /// <summary>Describes the failure in one sentence, without any credential.</summary>
    /// <returns>The description.</returns>
    public string Describe()
    {
        var text = new StringBuilder("QuestionPro ");
        text.Append(Kind switch
        {
            QuestionProFailureKind.Network => "could not be reached",
            QuestionProFailureKind.Timeout => "did not answer in time",
            QuestionProFailureKind.UnreadableResponse => $"answered {HttpStatusCode} with a body that could not be read",
            _ => $"answered {HttpStatusCode}",
        });
        AppendIf(text, " ", Name);
        AppendIf(text, " (id ", ErrorId, ")");
        AppendIf(text, ": ", VendorMessage);
        AppendIf(text, "; body: ", BodyExcerpt);
        AppendIf(text, " [requestID ", RequestId, "]");
        text.Append(Effect == VendorEffect.Unknown ? " (the request may have been processed)" : string.Empty);
        return text.Append('.').ToString();
    }

    private static void AppendIf(StringBuilder text, string prefix, string? value, string suffix = "")
    {
        if (!string.IsNullOrEmpty(value))
        {
            text.Append(prefix).Append(value).Append(suffix);
        }
    }
}
