namespace CampaignOrchestrator.Campaigns.Activities;

/// <summary>The names the campaign activities are registered under (see <c>AddCampaigns</c>).</summary>
public static class CampaignActivityNames
{
    /// <summary>Checks that the survey accepts responses (preflight).</summary>
    public const string CheckSurvey = "CheckSurvey";

    /// <summary>Creates a wave's email batch, which sends its invitations.</summary>
    public const string CreateEmailBatch = "CreateEmailBatch";

    /// <summary>Sends a reminder to a wave's batch.</summary>
    public const string SendEmailReminder = "SendEmailReminder";

    /// <summary>Reads an email batch's statistics.</summary>
    public const string GetEmailBatchStatistics = "GetEmailBatchStatistics";

    /// <summary>Lists a survey's email batches.</summary>
    public const string ListEmailBatches = "ListEmailBatches";

    /// <summary>Creates the micropanel batch, which invites its members.</summary>
    public const string CreateMicropanelBatch = "CreateMicropanelBatch";

    /// <summary>Reads a micropanel batch's status.</summary>
    public const string GetMicropanelBatch = "GetMicropanelBatch";

    /// <summary>Forgets the idempotency record of a vendor call, so it is made again (an operator's "resend").</summary>
    public const string ForgetVendorCall = "ForgetVendorCall";

    /// <summary>Records the result of a vendor call an operator found at the vendor (an operator's "use").</summary>
    public const string RecordVendorCall = "RecordVendorCall";
}
