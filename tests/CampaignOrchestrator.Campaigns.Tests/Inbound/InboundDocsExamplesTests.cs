using System.Text.Json;
using System.Text.RegularExpressions;
using CampaignOrchestrator.Campaigns.Inbound;
using CampaignOrchestrator.Campaigns.Inbound.Messages;
using CampaignOrchestrator.Campaigns.Tests.Definitions;
using CampaignOrchestrator.Durable.Serialization;

namespace CampaignOrchestrator.Campaigns.Tests.Inbound;

/// <summary>
/// Every message shown in <c>docs/inbound-responses.md</c> (its <c>```json</c> blocks) is read by the parser and valid by
/// the schema; the custom status and output shown (<c>```jsonc</c> blocks) have the shape the orchestration writes.
/// </summary>
public sealed partial class InboundDocsExamplesTests
{
    private static readonly string Markdown = File.ReadAllText(RepositoryFiles.PathOf("docs", "inbound-responses.md"));

    private static readonly string[] Examples = [.. JsonBlock().Matches(Markdown).Select(match => match.Groups["json"].Value)];

    public static TheoryData<int> ExampleNumbers() => new(Enumerable.Range(0, Examples.Length));

    [Theory]
    [MemberData(nameof(ExampleNumbers))]
    public void DocsExample_ParsesAndValidates(int number)
    {
        var json = Examples[number];

        var parsed = InboundMessageParser.Parse(json);
        var (schemaValid, errors) = InboundSchema.Validate(json);

        Assert.True(parsed.IsValid, $"example {number + 1}: {parsed.Describe()}");
        Assert.True(schemaValid, $"example {number + 1}: {errors}");
    }

    [Fact]
    public void DocsExamples_ShowEveryFormTargetAndAnswerShape()
    {
        var forms = Examples.Select(FormOf);
        var responses = Examples.SelectMany(json => InboundMessageParser.Parse(json).Message?.Responses ?? []).ToList();
        var kinds = responses.OfType<QuestionProInboundResponse>().SelectMany(r => r.Answers.Values).Select(a => a.GetType().Name).Distinct();

        Assert.Equal(["array", "envelope", "response"], forms.Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(responses, r => r is SatisMeterInboundResponse { UserId: not null });
        Assert.Contains(responses, r => r is SatisMeterInboundResponse { AnonymousId: not null });
        Assert.Contains(responses, r => r.Id.StartsWith(ResponseIds.DerivedPrefix, StringComparison.Ordinal));
        Assert.Equal(
            ["ConstantSumAnswer", "DateAnswer", "FreeTextAnswer", "MatrixMultipleChoiceAnswer", "MatrixSingleChoiceAnswer", "MultipleChoiceAnswer", "RanksAnswer", "SingleChoiceAnswer", "TextsAnswer"],
            kinds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void DocsStatusAndOutput_HaveTheShapeTheOrchestrationWrites()
    {
        var summary = InboundResponsesSummary.Empty("m-1", 3).Add(
        [
            ResponseOutcome.Recorded("a"),
            new ResponseOutcome("b", ResponseOutcomeKind.Rejected, "QuestionPro answered survey_closed"),
            new ResponseOutcome("c", ResponseOutcomeKind.Failed, "SatisMeter answered 503"),
        ]);
        var documented = LabelledBlock().Matches(Markdown).ToDictionary(m => m.Groups["label"].Value, m => m.Groups["json"].Value);

        Assert.Equal(ShapeOf(DataConverter.Serialize(summary.ToProgress())!), ShapeOf(documented["customStatus"]));
        Assert.Equal(ShapeOf(DataConverter.Serialize(summary)!), ShapeOf(documented["output"]));
    }

    private static List<string> ShapeOf(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Shape(document.RootElement);
    }

    private static string FormOf(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind switch
        {
            JsonValueKind.Array => "array",
            _ when document.RootElement.TryGetProperty("responses", out _) => "envelope",
            _ => "response",
        };
    }

    // A JSON value's property names at every depth, in order ("rejected[].reason"), without its values.
    private static List<string> Shape(JsonElement element, string path = "")
    {
        return element.ValueKind switch
        {
            JsonValueKind.Object => [.. element.EnumerateObject().SelectMany(p => (List<string>)[path + p.Name, .. Shape(p.Value, path + p.Name + ".")])],
            JsonValueKind.Array when element.GetArrayLength() > 0 => Shape(element[0], path.TrimEnd('.') + "[]."),
            _ => [],
        };
    }

    [GeneratedRegex("^```json\\n(?<json>.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex JsonBlock();

    [GeneratedRegex("^```jsonc\\n// (?<label>[a-zA-Z]+)\\n(?<json>.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex LabelledBlock();
}
