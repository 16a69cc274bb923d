using System.Text.Json;
using System.Text.RegularExpressions;
using CampaignOrchestrator.Campaigns.Inbound.Messages;
using CampaignOrchestrator.Campaigns.Tests.Definitions;

namespace CampaignOrchestrator.Campaigns.Tests.Inbound;

/// <summary>Every message shown in <c>docs/inbound-responses.md</c> (its <c>```json</c> blocks) is read by the parser and valid by the schema.</summary>
public sealed partial class InboundDocsExamplesTests
{
    private static readonly string[] Examples = ReadExamples();

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

    private static string[] ReadExamples()
    {
        var markdown = File.ReadAllText(RepositoryFiles.PathOf("docs", "inbound-responses.md"));
        return [.. JsonBlock().Matches(markdown).Select(match => match.Groups["json"].Value)];
    }

    [GeneratedRegex("^```json\\n(?<json>.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
