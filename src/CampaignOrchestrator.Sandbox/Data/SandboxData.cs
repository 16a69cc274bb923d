namespace CampaignOrchestrator.Sandbox.Data;

/// <summary>Everything the sandbox knows before any call: the sample account, plus what <c>Sandbox:DataFile</c> adds or replaces.</summary>
internal sealed record SandboxData
{
    public AccountData Account { get; init; } = new();

    public IReadOnlyList<ApiKeyData> ApiKeys { get; init; } = [];

    public IReadOnlyList<SurveyData> Surveys { get; init; } = [];

    public IReadOnlyList<EmailListData> EmailLists { get; init; } = [];

    public IReadOnlyList<EmailTemplateData> EmailTemplates { get; init; } = [];

    public IReadOnlyList<EmailBatchSeedData> EmailBatches { get; init; } = [];

    public IReadOnlyList<MicropanelFilterData> MicropanelFilters { get; init; } = [];

    public SatisMeterData SatisMeter { get; init; } = new();
}

/// <summary>The QuestionPro user that owns every resource.</summary>
internal sealed record AccountData
{
    public long UserId { get; init; } = 9876543;

    public string EmailFrom { get; init; } = "surveys@sandbox.example";

    // The vendor's own example shows the literal string "null" when no sender name is set.
    public string EmailFromName { get; init; } = "null";
}

/// <summary>A QuestionPro API key; a read-only key may only GET.</summary>
internal sealed record ApiKeyData
{
    public string Key { get; init; } = "";

    public bool ReadOnly { get; init; }
}

/// <summary>An email list (the recipients of list-based batches).</summary>
internal sealed record EmailListData
{
    public long Id { get; init; }

    public string Name { get; init; } = "";

    public IReadOnlyList<string> Emails { get; init; } = [];
}

/// <summary>A stored email template.</summary>
internal sealed record EmailTemplateData
{
    public long Id { get; init; }

    public string Subject { get; init; } = "";

    public string Content { get; init; } = "";
}

/// <summary>An email batch that exists (and was sent) when the sandbox starts.</summary>
internal sealed record EmailBatchSeedData
{
    public long Id { get; init; }

    public long SurveyId { get; init; }

    public long EmailListId { get; init; }

    public long TemplateId { get; init; }

    public string? BatchName { get; init; }
}

/// <summary>A micropanel (community) member filter.</summary>
internal sealed record MicropanelFilterData
{
    public long Id { get; init; }

    public string Name { get; init; } = "";

    public string Criteria { get; init; } = "";
}
