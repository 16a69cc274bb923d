using System.Text.Json;
using CampaignOrchestrator.Campaigns.Tests.Definitions;
using Json.Schema;

namespace CampaignOrchestrator.Campaigns.Tests.Inbound;

/// <summary><c>docs/inbound-responses.schema.json</c>, as a document and as a validator.</summary>
internal static class InboundSchema
{
    public static readonly string FilePath = RepositoryFiles.PathOf("docs", "inbound-responses.schema.json");

    public static readonly JsonElement Document = Load();

    // Loaded once: the validator's registry refuses a second schema with the same $id.
    private static readonly JsonSchema Validator = JsonSchema.FromFile(FilePath);

    // Formats are checked too, so that "date" refuses 2023-02-29 as the orchestrator does (editors may only annotate).
    private static readonly EvaluationOptions Options = new() { RequireFormatValidation = true, OutputFormat = OutputFormat.List };

    /// <summary>Validates a message; the errors when invalid, for assertion messages.</summary>
    public static (bool IsValid, string Errors) Validate(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Validator.Evaluate(document.RootElement, Options);
        var errors = (result.Details ?? [])
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Value}"));
        return (result.IsValid, string.Join(Environment.NewLine, errors));
    }

    /// <summary>Follows a JSON Pointer such as <c>/$defs/id/pattern</c> from the schema's root.</summary>
    public static JsonElement Resolve(string pointer)
    {
        var node = Document;
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node.GetProperty(segment);
        }

        return node;
    }

    private static JsonElement Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(FilePath));
        return document.RootElement.Clone();
    }
}
