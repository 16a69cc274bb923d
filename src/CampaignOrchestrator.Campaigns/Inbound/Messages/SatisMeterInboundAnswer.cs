using CampaignOrchestrator.Integrations.SatisMeter;

namespace CampaignOrchestrator.Campaigns.Inbound.Messages;

/// <summary>One SatisMeter answer: a rating (integer) or a text (text and choice questions).</summary>
/// <param name="Id">The SatisMeter question id.</param>
/// <param name="Rating">The rating; <see langword="null"/> for a text answer.</param>
/// <param name="Text">The text; <see langword="null"/> for a rating.</param>
public sealed record SatisMeterInboundAnswer(string Id, long? Rating, string? Text)
{
    /// <summary>Builds the client's answer.</summary>
    /// <returns>The answer.</returns>
    public SatisMeterAnswer ToSatisMeter() =>
        Rating is { } rating ? SatisMeterAnswer.FromRating(Id, rating) : SatisMeterAnswer.FromText(Id, Text ?? string.Empty);
}
