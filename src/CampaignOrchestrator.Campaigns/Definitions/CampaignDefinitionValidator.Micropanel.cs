using CampaignOrchestrator.Campaigns.Definitions.Reading;
using CampaignOrchestrator.Campaigns.Definitions.Rules;
using CampaignOrchestrator.Integrations.QuestionPro.Micropanel;

namespace CampaignOrchestrator.Campaigns.Definitions;

/// <summary>The micropanel batch.</summary>
public static partial class CampaignDefinitionValidator
{
    private const string MicropanelPath = "$.micropanel";

    private static readonly (string Vendor, string Definition)[] MicropanelPrefixes =
    [
        ("$.send.deliveryOptions", $"{MicropanelPath}.sendOptions"),
        ("$.compose", $"{MicropanelPath}.compose"),
        ("$.recipients", $"{MicropanelPath}.recipients"),
    ];

    // The survey of the batch is the campaign's, checked at $.survey.id.
    private static readonly string[] MicropanelCallPaths = ["$.compose.surveyID"];

    private static void CheckMicropanel(CampaignDefinition definition, FailureCollector failures)
    {
        if (definition.Micropanel is not { } micropanel)
        {
            return;
        }

        if (micropanel.Compose is null || micropanel.Recipients is null)
        {
            failures.Require(micropanel.Compose is not null, $"{MicropanelPath}.compose", "required");
            failures.Require(micropanel.Recipients is not null, $"{MicropanelPath}.recipients", "required");
            return;
        }

        var vendor = MicropanelBatchRequestValidator.Validate(micropanel.ToRequest(definition.Survey?.Id ?? 0));
        failures.AddRange(VendorFailureMapper.Map(vendor, MicropanelPrefixes, MicropanelCallPaths));

        var recipients = micropanel.Recipients;
        var filterType = (int)recipients.FilterType;
        failures.Require(
            recipients.EmailAddress is null || recipients.FilterType is not (MicropanelFilterType.AllVerifiedMembers or MicropanelFilterType.ExistingFilter),
            $"{MicropanelPath}.recipients.emailAddress",
            $"not allowed when filterType is {filterType}");
        failures.Require(
            recipients.ExistingFilterId is null || recipients.FilterType is not (MicropanelFilterType.AllVerifiedMembers or MicropanelFilterType.SingleMember),
            $"{MicropanelPath}.recipients.existingFilterId",
            $"not allowed when filterType is {filterType}");
    }
}
