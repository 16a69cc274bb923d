using CampaignOrchestrator.Integrations.Validation;

namespace CampaignOrchestrator.Integrations.SatisMeter;

/// <summary>Checks a response against SatisMeter's documented rules before it is sent.</summary>
public static class InsertResponseRequestValidator
{
    /// <summary>Checks a request.</summary>
    /// <param name="request">The request.</param>
    /// <returns>Every broken rule; empty when valid.</returns>
    public static IReadOnlyList<ValidationFailure> Validate(InsertResponseRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var failures = new ValidationFailureList();
        failures.Require(!string.IsNullOrWhiteSpace(request.Campaign), "$.campaign", "required");
        failures.Require(Enum.IsDefined(request.Method), "$.method", "must be In-App, Mobile or Email");
        failures.Require(
            string.IsNullOrEmpty(request.UserId) != string.IsNullOrEmpty(request.AnonymousId),
            "$.userId",
            "exactly one of userId and anonymousId is required");
        if (request.Answers is null || request.Answers.Count == 0)
        {
            failures.Add(new("$.answers", "required; at least one answer"));
            return failures;
        }

        for (var i = 0; i < request.Answers.Count; i++)
        {
            failures.Require(!string.IsNullOrWhiteSpace(request.Answers[i]?.Id), $"$.answers[{i}].id", "required");
        }

        return failures;
    }
}
