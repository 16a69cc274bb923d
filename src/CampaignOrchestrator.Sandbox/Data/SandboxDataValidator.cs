namespace CampaignOrchestrator.Sandbox.Data;

/// <summary>Checks that the sandbox data is consistent, so a bad data file fails at start-up with a clear message.</summary>
internal static class SandboxDataValidator
{
    private static readonly HashSet<string> QuestionTypes = ["U", "M", "T", "R", "S", "D", "C"];

    public static void ThrowIfInvalid(SandboxData data, string? source)
    {
        var problems = new List<string>();
        CheckUnique(data.ApiKeys.Select(key => key.Key), "API key", problems);
        CheckUnique(data.Surveys.Select(survey => survey.Id), "survey id", problems);
        foreach (var survey in data.Surveys)
        {
            CheckSurvey(survey, problems);
        }

        var surveys = data.Surveys.Select(survey => survey.Id).ToHashSet();
        var lists = data.EmailLists.Select(list => list.Id).ToHashSet();
        var templates = data.EmailTemplates.Select(template => template.Id).ToHashSet();
        foreach (var batch in data.EmailBatches)
        {
            if (!surveys.Contains(batch.SurveyId) || !lists.Contains(batch.EmailListId) || !templates.Contains(batch.TemplateId))
            {
                problems.Add($"email batch {batch.Id} refers to a survey, email list or template that does not exist.");
            }
        }

        var writeKeys = data.SatisMeter.WriteKeys.ToHashSet(StringComparer.Ordinal);
        problems.AddRange(data.SatisMeter.Campaigns
            .Where(campaign => !writeKeys.Contains(campaign.WriteKey))
            .Select(campaign => $"SatisMeter campaign '{campaign.Id}' refers to an unknown write key."));

        if (problems.Count > 0)
        {
            throw new InvalidDataException($"Sandbox data{(source is null ? "" : $" from '{source}'")} is not valid: {string.Join(" ", problems)}");
        }
    }

    private static void CheckSurvey(SurveyData survey, List<string> problems)
    {
        if (!SurveyStatuses.All.Contains(survey.Status))
        {
            problems.Add($"survey {survey.Id} has status '{survey.Status}' (expected one of {string.Join(", ", SurveyStatuses.All)}).");
        }

        if (survey.Pages.Count == 0 || survey.Pages.Any(page => page.Questions.Count == 0))
        {
            problems.Add($"survey {survey.Id} needs at least one page and at least one question on every page.");
        }

        var questions = survey.Pages.SelectMany(page => page.Questions).ToList();
        CheckUnique(questions.Select(question => question.Id), $"question id in survey {survey.Id}", problems);
        CheckUnique(questions.SelectMany(question => question.Answers).Select(answer => answer.Id), $"answer id in survey {survey.Id}", problems);
        foreach (var question in questions)
        {
            if (!QuestionTypes.Contains(question.Type))
            {
                problems.Add($"question {question.Id} has type '{question.Type}' (expected one of {string.Join(", ", QuestionTypes)}).");
            }
            else if (question.Type is not ("D" or "C") && question.Answers.Count == 0)
            {
                problems.Add($"question {question.Id} of type {question.Type} needs at least one answer.");
            }
            else if (question.Type == "S" && question.Total is null)
            {
                problems.Add($"constant-sum question {question.Id} needs a total.");
            }
        }
    }

    private static void CheckUnique<T>(IEnumerable<T> values, string what, List<string> problems)
    {
        problems.AddRange(values.GroupBy(value => value).Where(group => group.Count() > 1).Select(group => $"duplicate {what} {group.Key}."));
    }
}
