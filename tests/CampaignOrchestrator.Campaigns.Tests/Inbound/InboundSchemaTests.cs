using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using CampaignOrchestrator.Campaigns.Inbound.Messages;
using CampaignOrchestrator.Integrations.SatisMeter;

namespace CampaignOrchestrator.Campaigns.Tests.Inbound;

/// <summary>The inbound JSON Schema stays in step with the model and the parser's rules (read as a document).</summary>
public sealed class InboundSchemaTests
{
    private static readonly string[] AnswerDefinitions =
        ["singleChoiceAnswer", "multipleChoiceAnswer", "textAnswer", "textsAnswer", "ranksAnswer", "amountsAnswer", "dateAnswer", "matrixAnswer"];

    /// <summary>Each model type, where the schema describes its object, and the JSON names the model does not hold.</summary>
    public static TheoryData<Type, string, string[]> SchemaObjects() => new()
    {
        { typeof(InboundMessage), "/$defs/envelope", [] },
        { typeof(SatisMeterInboundResponse), "/$defs/satismeterResponse", ["target"] },
        { typeof(QuestionProInboundResponse), "/$defs/questionproResponse", ["target"] },
    };

    [Fact]
    public void Schema_File_IsDraft202012()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", InboundSchema.Document.GetProperty("$schema").GetString());
        Assert.Equal(3, InboundSchema.Document.GetProperty("oneOf").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(SchemaObjects))]
    public void Schema_ModelObject_HasTheSamePropertiesAndIsClosed(Type type, string location, string[] discriminators)
    {
        var node = InboundSchema.Resolve(location);

        Assert.Equal(JsonNames(type).Concat(discriminators).Order(StringComparer.Ordinal), PropertyNames(node).Order(StringComparer.Ordinal));
        Assert.False(node.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void Schema_AnswerKinds_AreTheParsersInItsOrderEachClosedWithItsCompanion()
    {
        var failure = Assert.Single(InboundMessageParser.Parse("""{"target": "questionpro", "surveyId": 1, "answers": {"1": {}}}""").Failures);
        var parserKinds = failure.Message["expected exactly one of ".Length..].Split(", ");

        var branches = InboundSchema.Resolve("/$defs/questionproAnswer/oneOf").EnumerateArray().Select(b => b.GetProperty("$ref").GetString()).ToList();
        Assert.Equal(AnswerDefinitions.Select(name => "#/$defs/" + name), branches);
        var shapes = AnswerDefinitions.Select(name => InboundSchema.Resolve("/$defs/" + name)).ToList();
        Assert.Equal(parserKinds, shapes.Select(shape => Assert.Single(shape.GetProperty("required").EnumerateArray()).GetString()));
        Assert.All(shapes, shape => Assert.False(shape.GetProperty("additionalProperties").GetBoolean()));
        Assert.Equal(
            ["answerId otherText", "answerIds otherTexts", "text", "texts", "ranks", "amounts", "date time", "rows"],
            shapes.Select(shape => string.Join(" ", PropertyNames(shape))));
    }

    [Fact]
    public void Schema_SatisMeterAnswer_IsClosedAndTraitsAreOpen()
    {
        Assert.Equal(["id", "value"], PropertyNames(InboundSchema.Resolve("/$defs/satismeterAnswer")));
        Assert.False(InboundSchema.Resolve("/$defs/satismeterAnswer/additionalProperties").GetBoolean());
        Assert.False(InboundSchema.Resolve("/$defs/satismeterResponse/properties/traits").TryGetProperty("additionalProperties", out _));
    }

    [Fact]
    public void Schema_EveryProperty_HasADescription()
    {
        var undescribed = new List<string>();
        Visit(InboundSchema.Document, string.Empty, undescribed);

        Assert.Empty(undescribed);
    }

    [Fact]
    public void Schema_LimitsAndChoices_MatchTheParser()
    {
        Assert.Equal(InboundLimits.MaxResponsesPerMessage, InboundSchema.Resolve("/$defs/responseList/maxItems").GetInt32());
        Assert.Equal($"^[A-Za-z0-9_.:@-]{{1,{InboundLimits.MaxIdLength}}}$(?!\\n)", InboundSchema.Resolve("/$defs/id/pattern").GetString());
        Assert.Equal([InboundTargets.SatisMeter, InboundTargets.QuestionPro], Strings(InboundSchema.Resolve("/$defs/response/properties/target/enum")));
        Assert.Equal(
            [.. Enum.GetValues<SatisMeterMethod>().Select(method => method.ToWire()), null],
            InboundSchema.Resolve("/$defs/satismeterResponse/properties/method/enum").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("/$defs/id/pattern", "a", "order-1", "order-1\n")]
    [InlineData("/$defs/idKey/pattern", "12", "23", "1\n")]
    public void Schema_Pattern_CompilesAsEcmaScriptAndAsDotNet(string location, params string[] samples)
    {
        var pattern = InboundSchema.Resolve(location).GetString()!;

        foreach (var options in new[] { RegexOptions.ECMAScript, RegexOptions.None })
        {
            var regex = new Regex(pattern, options, TimeSpan.FromSeconds(1));
            Assert.Equal(samples.Select(s => !s.EndsWith('\n')), samples.Select(s => regex.IsMatch(s)));
        }
    }

    [Fact]
    public void Schema_IdKeyPattern_AcceptsExactlyThePositive64BitIntegers()
    {
        var regex = new Regex(InboundSchema.Resolve("/$defs/idKey/pattern").GetString()!, RegexOptions.ECMAScript, TimeSpan.FromSeconds(1));
        var random = new Random(7);
        var samples = new List<string> { "0", "000", "1", "007", "9223372036854775807", "9223372036854775808", "09223372036854775807", "99999999999999999999", "-1", "+1", " 1", "1 ", "1.0", "" };
        samples.AddRange(Enumerable.Range(0, 20_000).Select(_ => random.NextInt64(long.MaxValue - 1_000_000, long.MaxValue).ToString(CultureInfo.InvariantCulture)));
        samples.AddRange(Enumerable.Range(0, 20_000).Select(_ => ((ulong)long.MaxValue + (ulong)random.NextInt64(1, 1_000_000)).ToString(CultureInfo.InvariantCulture)));
        samples.AddRange(Enumerable.Range(0, 20_000).Select(_ => new string([.. Enumerable.Range(0, random.Next(1, 21)).Select(_ => (char)('0' + random.Next(10)))])));

        var disagreements = samples.Where(key => regex.IsMatch(key) != IsPositiveInt64(key)).ToList();

        Assert.Empty(disagreements);
    }

    [Fact]
    public void Schema_NonBlankPattern_AgreesWithIsNullOrWhiteSpaceOnEveryCharacter()
    {
        var regex = new Regex(InboundSchema.Resolve("/$defs/nonBlankText/pattern").GetString()!, RegexOptions.ECMAScript, TimeSpan.FromSeconds(1));

        var disagreements = Enumerable.Range(0, char.MaxValue + 1)
            .Select(code => ((char)code).ToString())
            .Where(text => regex.IsMatch(text) == string.IsNullOrWhiteSpace(text))
            .Select(text => $"U+{(int)text[0]:X4}")
            .ToList();

        Assert.Empty(disagreements);
    }

    // The parser's rule for an id-keyed object (QuestionPro question, answer and row ids).
    private static bool IsPositiveInt64(string key) =>
        long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0;

    private static void Visit(JsonElement node, string location, List<string> undescribed)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            if (node.TryGetProperty("properties", out var properties) && node.TryGetProperty("type", out _))
            {
                undescribed.AddRange(properties.EnumerateObject()
                    .Where(property => !property.Value.TryGetProperty("description", out _))
                    .Select(property => $"{location}/properties/{property.Name}"));
            }

            foreach (var child in node.EnumerateObject())
            {
                Visit(child.Value, $"{location}/{child.Name}", undescribed);
            }
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in node.EnumerateArray())
            {
                Visit(item, $"{location}/{index++}", undescribed);
            }
        }
    }

    private static IEnumerable<string> JsonNames(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetMethod!.GetParameters().Length == 0 && p.Name != "EqualityContract")
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name));

    private static List<string> PropertyNames(JsonElement node) => [.. node.GetProperty("properties").EnumerateObject().Select(p => p.Name)];

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];
}
