using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CampaignOrchestrator.Integrations.QuestionPro.Respondent;

namespace CampaignOrchestrator.Integrations.Tests.QuestionPro.Respondent;

public sealed class RespondentPageParserShapeTests
{
    private const string DateQuestion = """
        {"id": 90001, "type": "DT", "text": "When?", "required": true, "includeTime": true, "total": 100,
         "answers": [{"id": 91001, "text": "Date"}], "formParam": {"paramPrefix": "dt_", "paramIdType": "questionId"}}
        """;

    [Fact]
    public void Parse_QuestionJsonAsEncodedString_ReadsSameQuestionAsEmbeddedObject()
    {
        var asObject = RespondentPageParser.Parse(PageWithQuestionJson(DateQuestion));
        var asString = RespondentPageParser.Parse(PageWithQuestionJson(JsonSerializer.Serialize(DateQuestion)));

        foreach (var question in new[] { asObject.Questions.Single(), asString.Questions.Single() })
        {
            Assert.Equal(90001, question.Id);
            Assert.Equal("DT", question.Type);
            Assert.Equal("When?", question.Text);
            Assert.True(question.Required);
            Assert.Equal([new SurveyAnswerOption(91001, "Date")], question.Answers);
            Assert.Equal(new FormParam("dt_", FormParamIdType.QuestionId, "questionId"), question.FormParam);
            Assert.True(question.Json.GetProperty("includeTime").GetBoolean());
            Assert.Equal(100, question.Json.GetProperty("total").GetInt32());
        }
    }

    [Fact]
    public void Parse_EncodedQuestionJsonInvalid_ThrowsWithQuestionPath()
    {
        var body = PageWithQuestionJson(JsonSerializer.Serialize("{\"id\": 1,"));

        var exception = Assert.Throws<RespondentResponseFormatException>(() => RespondentPageParser.Parse(body));

        Assert.Equal("$.response.questions[0].json", exception.JsonPath);
        Assert.StartsWith("The JSON-encoded question is not valid JSON", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"[1, 2]\"", "The JSON-encoded question is Array, not an object")]
    [InlineData("42", "Expected an object or a JSON-encoded string but found Number")]
    [InlineData("null", "'json' is missing")]
    public void Parse_QuestionJsonNotAnObject_ThrowsWithQuestionPath(string json, string problem)
    {
        var exception = Assert.Throws<RespondentResponseFormatException>(() => RespondentPageParser.Parse(PageWithQuestionJson(json)));

        Assert.Equal("$.response.questions[0].json", exception.JsonPath);
        Assert.StartsWith(problem, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownFieldsEverywhere_AreIgnored()
    {
        const string Body = """
            {"response": {"status": "success", "newThing": [1, {"a": 2}], "meta": {"isFinalPage": false, "extra": "x"},
             "questions": [{"html": null, "json": {"id": 5, "future": {"deep": true}, "formParam": {"paramPrefix": "u_", "paramIdType": "questionId", "more": 1}}}]},
             "requestID": "r1", "trace": "t"}
            """;

        var page = RespondentPageParser.Parse(Body);

        var question = Assert.Single(page.Questions);
        Assert.Equal(5, question.Id);
        Assert.Null(question.Html);
        Assert.Null(question.Type);
        Assert.Empty(question.Answers);
        Assert.Equal("r1", page.RequestId);
    }

    [Fact]
    public void Parse_NullSections_UseDefaults()
    {
        const string Body = """
            {"response": {"status": "success", "redirectUrl": null, "meta": null, "navigation": null, "themeConfig": null,
             "questions": null, "validationErrors": null}, "requestID": null}
            """;

        var page = RespondentPageParser.Parse(Body);

        Assert.Equal(
            (RespondentStatus.Success, (string?)null, false, (int?)null, (string?)null, (string?)null, (string?)null),
            (page.Status, page.RedirectUrl, page.IsFinalPage, page.ProgressPercentage, page.PreviousPageUrl, page.NextPageSubmitUrl, page.RequestId));
        Assert.Empty(page.CssUrls);
        Assert.Empty(page.JsUrls);
        Assert.Empty(page.Questions);
        Assert.Empty(page.ValidationErrors);
    }

    [Fact]
    public void Parse_UnknownStatus_KeepsRawStatus()
    {
        var page = RespondentPageParser.Parse("""{"response": {"status": "survey_archived"}}""");

        Assert.Equal(RespondentStatus.Unknown, page.Status);
        Assert.Equal("survey_archived", page.RawStatus);
    }

    [Fact]
    public void Parse_IdsAsNumericStrings_AreAccepted()
    {
        const string Body = """
            {"response": {"status": "validation_errors",
             "questions": [{"json": {"id": "10010", "answers": [{"id": "20001"}], "formParam": {"paramPrefix": "u_", "paramIdType": "AnswerId"}}}],
             "validationErrors": [{"questionId": "10010", "message": "Pick one per row.", "answerErrors": {"20001": "Required", "20002": 7, "20003": null}}]}}
            """;

        var page = RespondentPageParser.Parse(Body);

        var question = Assert.Single(page.Questions);
        Assert.Equal(10010, question.Id);
        Assert.Equal(20001, Assert.Single(question.Answers).Id);
        Assert.Equal(new FormParam("u_", FormParamIdType.AnswerId, "AnswerId"), question.FormParam);
        var error = Assert.Single(page.ValidationErrors);
        Assert.Equal(10010, error.QuestionId);
        Assert.Equal(new Dictionary<string, string> { ["20001"] = "Required", ["20002"] = "7" }, error.AnswerErrors);
    }

    [Fact]
    public void Parse_UnknownParamIdType_KeepsRawText()
    {
        var question = SurveyQuestions.Create(1, "x_", "rowId", []);

        Assert.Equal(new FormParam("x_", FormParamIdType.Unknown, "rowId"), question.FormParam);
    }

    [Fact]
    public void Parse_QuestionWithoutFormParam_HasNullFormParam()
    {
        var question = SurveyQuestions.FromJson(new JsonObject { ["id"] = 3, ["type"] = "PRESENTATION" });

        Assert.Null(question.FormParam);
    }

    [Theory]
    [InlineData("""{"id": 1, "formParam": {"paramIdType": "questionId"}}""", "$.response.questions[0].json.formParam.paramPrefix")]
    [InlineData("""{"id": 1, "formParam": {"paramPrefix": ""}}""", "$.response.questions[0].json.formParam.paramPrefix")]
    [InlineData("""{"formParam": {"paramPrefix": "u_"}}""", "$.response.questions[0].json.id")]
    [InlineData("""{"id": 1.5}""", "$.response.questions[0].json.id")]
    [InlineData("""{"id": 1, "answers": [{"id": 2}, {"text": "no id"}]}""", "$.response.questions[0].json.answers[1].id")]
    [InlineData("""{"id": 1, "answers": {"id": 2}}""", "$.response.questions[0].json.answers")]
    [InlineData("""{"id": 1, "required": "maybe"}""", "$.response.questions[0].json.required")]
    public void Parse_MalformedQuestion_ThrowsWithJsonPath(string questionJson, string path)
    {
        var exception = Assert.Throws<RespondentResponseFormatException>(() => RespondentPageParser.Parse(PageWithQuestionJson(questionJson)));

        Assert.Equal(path, exception.JsonPath);
        Assert.Contains($"(at {path})", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"response": {"status": "success", "meta": "x"}}""", "$.response.meta")]
    [InlineData("""{"response": {"status": "success", "meta": {"progressPercentage": "half"}}}""", "$.response.meta.progressPercentage")]
    [InlineData("""{"response": {"status": "success", "themeConfig": {"cssUrls": ["a", 1]}}}""", "$.response.themeConfig.cssUrls[1]")]
    [InlineData("""{"response": {"status": "success", "questions": [42]}}""", "$.response.questions[0]")]
    [InlineData("""{"response": {"status": "validation_errors", "validationErrors": [{"message": "x"}]}}""", "$.response.validationErrors[0].questionId")]
    [InlineData("""{"response": {"status": ["success"]}}""", "$.response.status")]
    [InlineData("""{"response": {}}""", "$.response.status")]
    [InlineData("""{"response": "success"}""", "$.response")]
    [InlineData("""{"requestID": "r"}""", "$.response")]
    [InlineData("""[]""", "$")]
    [InlineData("""42""", "$")]
    [InlineData("", "$")]
    [InlineData("<html>Bad gateway</html>", "$")]
    public void Parse_BodyOfWrongShape_ThrowsWithJsonPathNotNullReference(string body, string path)
    {
        var exception = Assert.Throws<RespondentResponseFormatException>(() => RespondentPageParser.Parse(body));

        Assert.Equal(path, exception.JsonPath);
        Assert.False(exception.IsErrorEnvelope);
    }

    [Fact]
    public void Parse_ValidVendorErrorEnvelope_ThrowsAsErrorEnvelope()
    {
        const string Body = """{"response": {"error": {"name": "NOT_FOUND", "httpStatusCode": 404, "id": "1040", "message": "Not there"}}}""";

        var exception = Assert.Throws<RespondentResponseFormatException>(() => RespondentPageParser.Parse(Body));

        Assert.True(exception.IsErrorEnvelope);
        Assert.Equal("$.response.error", exception.JsonPath);
        Assert.StartsWith("The body is an error envelope, not a respondent page: Not there", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_StatusErrorWithErrorDetails_ReturnsErrorStatus()
    {
        var page = RespondentPageParser.Parse("""{"response": {"status": "error", "error": {"message": "x"}}}""");

        Assert.Equal(RespondentStatus.Error, page.Status);
    }

    [Fact]
    public void Parse_LongBody_ExcerptIsCollapsedAndTruncated()
    {
        var body = "{\n  \"response\":\n" + new string('x', 1_000);

        var exception = Assert.Throws<RespondentResponseFormatException>(() => RespondentPageParser.Parse(body));

        Assert.Equal("{ \"response\": " + new string('x', 186) + "…", exception.Excerpt);
    }

    [Fact]
    public void Parse_Utf8Bytes_MatchesStringParse()
    {
        var fromBytes = RespondentPageParser.Parse(Encoding.UTF8.GetBytes(TakeResponseSeed.FirstPage));
        var fromString = RespondentPageParser.Parse(TakeResponseSeed.FirstPage);

        Assert.Equal(fromString.RequestId, fromBytes.RequestId);
        Assert.Equal(fromString.Questions.Single().Answers, fromBytes.Questions.Single().Answers);
        Assert.Equal(fromString.Questions.Single().FormParam, fromBytes.Questions.Single().FormParam);
    }

    [Fact]
    public void Parse_JsonElement_ResultOutlivesDocument()
    {
        RespondentPage page;
        using (var document = JsonDocument.Parse(SubmitPageResponseSeed.NextPage))
        {
            page = RespondentPageParser.Parse(document.RootElement);
        }

        Assert.Equal("Which features do you use?", page.Questions.Single().Json.GetProperty("text").GetString());
    }

    private static string PageWithQuestionJson(string questionJson) =>
        $$$"""{"response": {"status": "success", "questions": [{"html": "<div/>", "json": {{{questionJson}}}}]}}""";
}
