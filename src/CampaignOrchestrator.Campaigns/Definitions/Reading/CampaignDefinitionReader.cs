using System.Text.Json;

namespace CampaignOrchestrator.Campaigns.Definitions.Reading;

/// <summary>
/// Turns a parsed JSON document into a <see cref="CampaignDefinition"/>, reporting structural problems (unknown
/// properties, missing or mistyped values) at their paths. Values that cannot be read become placeholders so that the
/// validator can still check everything else; the parser drops the validator's findings about those paths.
/// </summary>
internal static partial class CampaignDefinitionReader
{
    /// <summary>The property editors use to find the schema; allowed at the root and ignored.</summary>
    public const string SchemaProperty = "$schema";

    private static readonly KeyValuePair<string, ApprovalTimeoutAction>[] TimeoutActions =
    [
        new("reject", ApprovalTimeoutAction.Reject),
        new("approve", ApprovalTimeoutAction.Approve),
    ];

    public static CampaignDefinition Read(JsonElement root, DefinitionReadContext context)
    {
        var reader = ObjectReader.Open(root, JsonPath.Root, context);
        _ = reader.String(SchemaProperty);
        var definition = new CampaignDefinition
        {
            Name = reader.String("name", required: true) ?? string.Empty,
            Survey = ReadSurvey(reader.RequiredObject("survey")),
            Preflight = reader.Object("preflight") is { } preflight ? ReadPreflight(preflight) : null,
            Approval = reader.Object("approval") is { } approval ? ReadApproval(approval) : null,
            EmailInvites = reader.Array("emailInvites", ReadWave),
            Micropanel = reader.Object("micropanel") is { } micropanel ? ReadMicropanel(micropanel) : null,
            Monitoring = ReadMonitoring(reader.RequiredObject("monitoring")),
            Schedule = reader.Object("schedule") is { } schedule ? ReadSchedule(schedule) : null,
        };
        reader.Finish();
        return definition;
    }

    private static SurveyTarget ReadSurvey(ObjectReader reader)
    {
        var survey = new SurveyTarget
        {
            Id = reader.Long("id", required: true) ?? 0,
            Datacenter = reader.String("datacenter"),
        };
        reader.Finish();
        return survey;
    }

    private static PreflightChecks ReadPreflight(ObjectReader reader)
    {
        var preflight = new PreflightChecks { RequireOpen = reader.Bool("requireOpen") ?? true };
        reader.Finish();
        return preflight;
    }

    private static ApprovalGate ReadApproval(ObjectReader reader)
    {
        var approval = new ApprovalGate
        {
            Timeout = reader.Duration("timeout", required: true) ?? TimeSpan.Zero,
            OnTimeout = reader.Choice("onTimeout", TimeoutActions) ?? ApprovalTimeoutAction.Reject,
        };
        reader.Finish();
        return approval;
    }
}
