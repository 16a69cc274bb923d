using System.Text.Json;
using CampaignOrchestrator.Campaigns.Definitions.Reading;
using CampaignOrchestrator.Integrations.Validation;

namespace CampaignOrchestrator.Campaigns.Definitions;

/// <summary>
/// Reads a campaign definition from JSON and checks it, reporting every problem at once: malformed JSON, secrets,
/// unknown or duplicate properties, missing or mistyped values, and every broken campaign rule, each at its JSON path.
/// </summary>
/// <remarks>Comments and trailing commas are allowed, as editors do for configuration files.</remarks>
public static class CampaignDefinitionParser
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>Reads and checks a definition.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The definition, or every problem found.</returns>
    public static CampaignDefinitionParseResult Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, DocumentOptions);
            return Read(document.RootElement);
        }
        catch (JsonException exception)
        {
            return Malformed(exception);
        }
    }

    /// <summary>Reads and checks a definition from UTF-8 bytes (e.g. a request body).</summary>
    /// <param name="utf8Json">The JSON, UTF-8 encoded.</param>
    /// <returns>The definition, or every problem found.</returns>
    public static CampaignDefinitionParseResult Parse(ReadOnlyMemory<byte> utf8Json)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8Json, DocumentOptions);
            return Read(document.RootElement);
        }
        catch (JsonException exception)
        {
            return Malformed(exception);
        }
    }

    private static CampaignDefinitionParseResult Read(JsonElement root)
    {
        var secrets = SecretPropertyScanner.Scan(root);
        var context = new DefinitionReadContext(secrets);
        foreach (var path in secrets)
        {
            context.Failures.Add(path, SecretPropertyScanner.Message);
        }

        var definition = CampaignDefinitionReader.Read(root, context);
        var failures = new List<ValidationFailure>(context.Failures.Failures);
        var rules = CampaignDefinitionValidator.Validate(definition, new FailureCollector(context.UnreadablePaths));
        failures.AddRange(rules.Where(f => !IsAboutUnreadableValue(f, context)));
        return failures.Count == 0
            ? CampaignDefinitionParseResult.Success(definition)
            : CampaignDefinitionParseResult.Failure(failures);
    }

    // A rule about a value that could not be read (or about an object holding one) would only repeat or mislead.
    private static bool IsAboutUnreadableValue(ValidationFailure failure, DefinitionReadContext context) =>
        context.UnreadablePaths.Any(path => JsonPath.IsWithin(failure.Path, path) || JsonPath.IsWithin(path, failure.Path));

    private static CampaignDefinitionParseResult Malformed(JsonException exception)
    {
        var line = (exception.LineNumber ?? 0) + 1;
        var position = (exception.BytePositionInLine ?? 0) + 1;
        return CampaignDefinitionParseResult.Failure(
            [new ValidationFailure(JsonPath.Root, $"malformed JSON at line {line}, position {position}: {Reason(exception.Message)}")]);
    }

    // The reader's message may quote the offending character; a definition may hold a pasted secret, so never echo input.
    private static string Reason(string message)
    {
        var location = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var reason = (location < 0 ? message : message[..location]).Trim();
        if (reason.StartsWith('\''))
        {
            var verb = reason.IndexOf(" is ", 1, StringComparison.Ordinal);
            reason = verb < 0 ? "unexpected character." : "the character there" + reason[verb..];
        }

        return reason;
    }
}
