using System.Text.RegularExpressions;
using CampaignOrchestrator.Campaigns.Definitions.Reading;
using CampaignOrchestrator.Integrations.QuestionPro;
using CampaignOrchestrator.Integrations.Validation;

namespace CampaignOrchestrator.Campaigns.Definitions;

/// <summary>
/// Checks a definition against every campaign rule, reporting each broken rule at its JSON path. The QuestionPro rules
/// for email batches and micropanel batches are those of the client's validators, reported under the definition's paths.
/// </summary>
public static partial class CampaignDefinitionValidator
{
    /// <summary>The rule stated for campaign names.</summary>
    public const string NameRule = "must be 1-64 characters: lowercase letters, digits or '-'";

    /// <summary>The rule stated for datacenters (the keys of <see cref="QuestionProDatacenters.Hosts"/>, in upper case).</summary>
    public const string DatacenterRule = "must be one of US, EU, CA, SG, AU, AE, SA, KSA";

    /// <summary>Checks a definition (for example one built in code or deserialized from a run's input).</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>Every broken rule; empty when valid.</returns>
    public static IReadOnlyList<ValidationFailure> Validate(CampaignDefinition definition) => Validate(definition, new FailureCollector());

    /// <summary>Checks a definition just read, into a collector that knows which paths could not be read.</summary>
    internal static IReadOnlyList<ValidationFailure> Validate(CampaignDefinition definition, FailureCollector failures)
    {
        ArgumentNullException.ThrowIfNull(definition);
        failures.Require(IsValidName(definition.Name), "$.name", definition.Name is null or "" ? "required" : NameRule);
        CheckSurvey(definition.Survey, failures);
        CheckApproval(definition.Approval, failures);
        failures.Require(
            definition.EmailInvites is { Count: > 0 } || definition.Micropanel is not null,
            "$.emailInvites",
            "a campaign needs at least one email wave or a micropanel batch");
        CheckEmailInvites(definition, failures);
        CheckMicropanel(definition, failures);
        CheckMonitoring(definition, failures);
        CheckSchedule(definition.Schedule, failures);
        return failures.Failures;
    }

    /// <summary>Throws when a definition breaks a rule.</summary>
    /// <param name="definition">The definition.</param>
    /// <exception cref="CampaignDefinitionException">The definition breaks at least one rule.</exception>
    public static void ThrowIfInvalid(CampaignDefinition definition)
    {
        var failures = Validate(definition);
        if (failures.Count > 0)
        {
            throw new CampaignDefinitionException(failures);
        }
    }

    /// <summary>Returns whether a text is a valid campaign name (1–64 lowercase letters, digits or <c>-</c>).</summary>
    /// <param name="name">The text.</param>
    /// <returns><see langword="true"/> when valid.</returns>
    public static bool IsValidName(string? name) => name is not null && NamePattern().IsMatch(name);

    private static void CheckSurvey(SurveyTarget? survey, FailureCollector failures)
    {
        if (survey is null)
        {
            failures.Add("$.survey", "required");
            return;
        }

        failures.RequirePositive(survey.Id, "$.survey.id");
        failures.Require(
            survey.Datacenter is null || (QuestionProDatacenters.Hosts.ContainsKey(survey.Datacenter) && !survey.Datacenter.Any(char.IsLower)),
            "$.survey.datacenter",
            DatacenterRule);
    }

    private static void CheckApproval(ApprovalGate? approval, FailureCollector failures)
    {
        if (approval is null)
        {
            return;
        }

        failures.Require(approval.Timeout > TimeSpan.Zero, "$.approval.timeout", "must be a positive duration");
        failures.Require(Enum.IsDefined(approval.OnTimeout), "$.approval.onTimeout", "must be \"reject\" or \"approve\"");
    }

    [GeneratedRegex(@"^[a-z0-9-]{1,64}\z", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
