using System.Text;
using System.Text.Json;

namespace CampaignOrchestrator.Integrations.QuestionPro.Respondent;

/// <summary>Parses respondent API bodies (<c>/take</c>, <c>/submit-page</c>, <c>/previous-page</c>) into <see cref="RespondentPage"/>.</summary>
public static partial class RespondentPageParser
{
    private const int ExcerptLength = 200;

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>Parses a response body.</summary>
    /// <param name="body">The JSON text of the response.</param>
    /// <returns>The page or final status the body describes.</returns>
    /// <exception cref="RespondentResponseFormatException">The body is not JSON or not a respondent page.</exception>
    public static RespondentPage Parse(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var reader = new RespondentJsonReader(Excerpt(body));
        using var document = ParseDocument(reader, () => JsonDocument.Parse(body, DocumentOptions));
        return ParseRoot(reader, document.RootElement);
    }

    /// <summary>Parses a UTF-8 response body.</summary>
    /// <param name="utf8Body">The UTF-8 bytes of the response.</param>
    /// <returns>The page or final status the body describes.</returns>
    /// <exception cref="RespondentResponseFormatException">The body is not JSON or not a respondent page.</exception>
    public static RespondentPage Parse(ReadOnlyMemory<byte> utf8Body)
    {
        var head = utf8Body.Span[..Math.Min(utf8Body.Length, ExcerptLength * 4)];
        var reader = new RespondentJsonReader(Excerpt(Encoding.UTF8.GetString(head)));
        using var document = ParseDocument(reader, () => JsonDocument.Parse(utf8Body, DocumentOptions));
        return ParseRoot(reader, document.RootElement);
    }

    /// <summary>Parses an already-parsed response body; the result does not depend on the element's document staying alive.</summary>
    /// <param name="root">The root element of the response.</param>
    /// <returns>The page or final status the body describes.</returns>
    /// <exception cref="RespondentResponseFormatException">The body is not a respondent page.</exception>
    public static RespondentPage Parse(JsonElement root) =>
        ParseRoot(new RespondentJsonReader(Excerpt(root.ValueKind == JsonValueKind.Undefined ? string.Empty : root.GetRawText())), root);

    private static RespondentPage ParseRoot(RespondentJsonReader reader, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw reader.Fail($"Expected a JSON object but found {root.ValueKind}", "$");
        }

        const string ResponsePath = "$.response";
        var response = reader.Object(root, "response", "$") ?? throw MissingField(reader, root, "$", "response");
        var rawStatus = reader.String(response, "status", ResponsePath)
            ?? throw MissingField(reader, response, ResponsePath, "status");
        var meta = reader.Object(response, "meta", ResponsePath);
        var navigation = reader.Object(response, "navigation", ResponsePath);
        var theme = reader.Object(response, "themeConfig", ResponsePath);

        return new RespondentPage(
            Status: RespondentStatusParser.Parse(rawStatus),
            RawStatus: rawStatus,
            RedirectUrl: reader.String(response, "redirectUrl", ResponsePath),
            IsFinalPage: meta is { } m && (reader.Boolean(m, "isFinalPage", $"{ResponsePath}.meta") ?? false),
            ProgressPercentage: meta is { } p ? reader.Int32(p, "progressPercentage", $"{ResponsePath}.meta") : null,
            PreviousPageUrl: navigation is { } n ? reader.String(n, "previousPageUrl", $"{ResponsePath}.navigation") : null,
            NextPageSubmitUrl: navigation is { } s ? reader.String(s, "nextPageSubmitUrl", $"{ResponsePath}.navigation") : null,
            CssUrls: theme is { } c ? reader.StringArray(c, "cssUrls", $"{ResponsePath}.themeConfig") : [],
            JsUrls: theme is { } j ? reader.StringArray(j, "jsUrls", $"{ResponsePath}.themeConfig") : [],
            Questions: ParseQuestions(reader, response, ResponsePath),
            ValidationErrors: ParseValidationErrors(reader, response, ResponsePath),
            RequestId: reader.String(root, "requestID", "$"));
    }

    // A missing page field next to an "error" object means the server answered with an error envelope instead of a page.
    private static RespondentResponseFormatException MissingField(RespondentJsonReader reader, JsonElement parent, string path, string name)
    {
        if (RespondentJsonReader.Property(parent, "error") is not { } error)
        {
            return reader.Fail($"'{name}' is missing", $"{path}.{name}");
        }

        var message = error.ValueKind == JsonValueKind.Object
            && RespondentJsonReader.Property(error, "message") is { ValueKind: JsonValueKind.String } text
                ? $": {text.GetString()}"
                : string.Empty;
        return reader.Fail($"The body is an error envelope, not a respondent page{message}", $"{path}.error", isErrorEnvelope: true);
    }

    private static JsonDocument ParseDocument(RespondentJsonReader reader, Func<JsonDocument> parse)
    {
        try
        {
            return parse();
        }
        catch (JsonException exception)
        {
            throw reader.Fail($"The body is not valid JSON ({exception.Message})", "$", inner: exception);
        }
    }

    private static string Excerpt(string text)
    {
        var head = text.Length > ExcerptLength * 4 ? text[..(ExcerptLength * 4)] : text;
        var collapsed = string.Join(' ', head.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length <= ExcerptLength ? collapsed : string.Concat(collapsed.AsSpan(0, ExcerptLength), "…");
    }
}
