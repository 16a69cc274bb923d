namespace CampaignOrchestrator.Integrations.QuestionPro.EmailBatches;

/// <summary>How an email batch picks its recipients and its message.</summary>
public enum EmailBatchMode
{
    /// <summary>An existing email list and an existing template.</summary>
    ListWithTemplate = 1,

    /// <summary>Individual addresses and an existing template.</summary>
    AddressesWithTemplate = 2,

    /// <summary>An existing email list and a custom template (content must contain <c>&lt;SURVEY_LINK&gt;</c>).</summary>
    ListWithCustomTemplate = 3,

    /// <summary>Individual addresses and a custom template (content must contain <c>&lt;SURVEY_LINK&gt;</c>).</summary>
    AddressesWithCustomTemplate = 4,
}
