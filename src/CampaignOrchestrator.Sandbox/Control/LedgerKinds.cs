namespace CampaignOrchestrator.Sandbox.Control;

/// <summary>The kinds of <see cref="LedgerEntry"/>.</summary>
public static class LedgerKinds
{
    /// <summary>An email batch was created (its first send is recorded as <see cref="EmailBatchSent"/>).</summary>
    public const string EmailBatchCreated = "questionpro.email-batch.created";

    /// <summary>An email batch was sent: the first send, or a reminder.</summary>
    public const string EmailBatchSent = "questionpro.email-batch.sent";

    /// <summary>A micropanel invitation batch was created.</summary>
    public const string MicropanelBatchCreated = "questionpro.micropanel-batch.created";

    /// <summary>A respondent submitted a valid page of answers.</summary>
    public const string RespondentPageSubmitted = "questionpro.respondent.page-submitted";

    /// <summary>A respondent completed a survey.</summary>
    public const string RespondentCompleted = "questionpro.respondent.completed";

    /// <summary>A respondent chose a terminating answer.</summary>
    public const string RespondentTerminated = "questionpro.respondent.terminated";

    /// <summary>A SatisMeter response was recorded.</summary>
    public const string SatisMeterResponseRecorded = "satismeter.response.recorded";
}
