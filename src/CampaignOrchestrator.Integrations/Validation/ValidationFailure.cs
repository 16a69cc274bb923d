namespace CampaignOrchestrator.Integrations.Validation;

/// <summary>One broken rule: where (a JSON path such as <c>$.emailTemplate.content</c>) and what.</summary>
/// <param name="Path">The JSON path of the offending field.</param>
/// <param name="Message">The rule that was broken.</param>
public sealed record ValidationFailure(string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}
