using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using CampaignOrchestrator.Campaigns.Definitions;
using CampaignOrchestrator.Integrations.QuestionPro.EmailBatches;
using CampaignOrchestrator.Integrations.QuestionPro.Micropanel;

namespace CampaignOrchestrator.Campaigns.Tests.Definitions;

/// <summary>The JSON Schema stays in step with the model (no schema validator involved).</summary>
public sealed class CampaignSchemaTests
{
    private static readonly JsonElement Schema = LoadSchema();

    /// <summary>Each model type and where the schema describes its object.</summary>
    public static TheoryData<Type, string> SchemaObjects() => new()
    {
        { typeof(CampaignDefinition), "" },
        { typeof(SurveyTarget), "/properties/survey" },
        { typeof(PreflightChecks), "/properties/preflight" },
        { typeof(ApprovalGate), "/properties/approval" },
        { typeof(EmailWave), "/$defs/emailWave" },
        { typeof(EmailReminder), "/$defs/emailReminder" },
        { typeof(EmailTemplate), "/$defs/emailTemplate" },
        { typeof(MicropanelBatchDefinition), "/$defs/micropanel" },
        { typeof(MicropanelComposeDefinition), "/$defs/micropanel/properties/compose" },
        { typeof(MicropanelIncentives), "/$defs/micropanel/properties/compose/properties/incentives" },
        { typeof(MicropanelRecipientsDefinition), "/$defs/micropanel/properties/recipients" },
        { typeof(MicropanelSendOptionsDefinition), "/$defs/micropanel/properties/sendOptions" },
        { typeof(AutomaticClosure), "/$defs/micropanel/properties/sendOptions/properties/automaticClosure" },
        { typeof(MicropanelNotification), "/$defs/micropanel/properties/sendOptions/properties/notification" },
        { typeof(MonitoringPlan), "/$defs/monitoring" },
        { typeof(CampaignSchedule), "/$defs/schedule" },
    };

    [Fact]
    public void Schema_File_IsDraft202012WithClosedRoot()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", Schema.GetProperty("$schema").GetString());
        Assert.Equal("object", Schema.GetProperty("type").GetString());
        Assert.False(Schema.GetProperty("additionalProperties").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(SchemaObjects))]
    public void Schema_ModelObject_HasTheSamePropertiesAndIsClosed(Type type, string location)
    {
        var node = Resolve(location);
        var schemaProperties = node.GetProperty("properties").EnumerateObject().Select(p => p.Name).Where(n => n != "$schema");

        Assert.Equal(JsonNames(type).Order(StringComparer.Ordinal), schemaProperties.Order(StringComparer.Ordinal));
        Assert.False(node.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void Schema_EveryProperty_HasADescription()
    {
        var undescribed = new List<string>();
        foreach (var (type, location) in SchemaObjects().Select(row => ((Type)row[0], (string)row[1])))
        {
            foreach (var property in Resolve(location).GetProperty("properties").EnumerateObject())
            {
                var value = property.Value.TryGetProperty("$ref", out var reference) && !property.Value.TryGetProperty("description", out _)
                    ? Resolve(reference.GetString()!.TrimStart('#'))
                    : property.Value;
                if (!value.TryGetProperty("description", out _) && property.Name is not ("filterType" or "enableEmailInvitation"))
                {
                    undescribed.Add($"{type.Name}.{property.Name}");
                }
            }
        }

        Assert.Empty(undescribed);
    }

    [Fact]
    public void Schema_Enums_MatchTheParser()
    {
        Assert.Equal(["US", "EU", "CA", "SG", "AU", "AE", "SA", "KSA"], Strings(Resolve("/properties/survey/properties/datacenter/enum")));
        Assert.Equal(["reject", "approve"], Strings(Resolve("/properties/approval/properties/onTimeout/enum")));
        Assert.Equal(["latest", "none", "all"], Strings(Resolve("/$defs/schedule/properties/catchUp/enum")));
        Assert.Equal("^[a-z0-9-]{1,64}$", Resolve("/properties/name/pattern").GetString());
    }

    [Fact]
    public void Samples_PointEditorsAtTheSchema()
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryFiles.PathOf("samples", "campaigns"), "*.json"))
        {
            using var sample = JsonDocument.Parse(File.ReadAllText(file));
            var reference = sample.RootElement.GetProperty("$schema").GetString()!;
            Assert.True(File.Exists(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, reference))), file + " points at " + reference);
        }
    }

    private static IEnumerable<string> JsonNames(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetMethod!.GetParameters().Length == 0 && p.DeclaringType != typeof(object) && p.Name != "EqualityContract")
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is null)
            .Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name));

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    private static JsonElement Resolve(string location)
    {
        var node = Schema;
        foreach (var segment in location.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node.GetProperty(segment);
        }

        return node;
    }

    private static JsonElement LoadSchema()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("schemas", "campaign.schema.json")));
        return document.RootElement.Clone();
    }
}
