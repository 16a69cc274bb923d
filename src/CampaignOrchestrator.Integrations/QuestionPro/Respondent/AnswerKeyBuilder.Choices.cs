using System.Globalization;
using System.Text.Json.Nodes;

namespace CampaignOrchestrator.Integrations.QuestionPro.Respondent;

/// <content>Single and multiple choice (<c>u_</c>, <c>m_</c>).</content>
public static partial class AnswerKeyBuilder
{
    private static void AddSingleChoice(QuestionKeyWriter writer, AnswerValue answer)
    {
        switch (answer)
        {
            case SingleChoiceAnswer choice:
                var key = writer.QuestionKey();
                writer.RequireAnswerId(choice.AnswerId);
                writer.Put(key, choice.AnswerId);
                if (choice.OtherText is { } otherText)
                {
                    writer.Put(OtherTextKey(choice.AnswerId), otherText);
                }

                break;
            case MatrixSingleChoiceAnswer matrix:
                foreach (var rowId in writer.AnswerIds(matrix.ColumnIdByRowId.Keys))
                {
                    writer.Put(writer.Key(rowId), matrix.ColumnIdByRowId[rowId]);
                }

                break;
            default:
                throw writer.WrongKind(answer, "one answer id (SingleChoice, or MatrixSingleChoice when keyed by answer id)");
        }
    }

    private static void AddMultipleChoice(QuestionKeyWriter writer, AnswerValue answer)
    {
        switch (answer)
        {
            case MultipleChoiceAnswer choices:
                var key = writer.QuestionKey();
                var ids = DistinctIds(writer, choices.AnswerIds, "answer ids");
                ids.ForEach(writer.RequireAnswerId);
                var unselected = choices.OtherTexts.Keys.Where(id => !ids.Contains(id)).ToList();
                if (unselected.Count > 0)
                {
                    throw writer.Mismatch($"other text is given for answer id {unselected[0]}, which is not among the chosen answers");
                }

                writer.Put(key, IdArray(ids));
                foreach (var id in ids.Where(choices.OtherTexts.ContainsKey))
                {
                    writer.Put(OtherTextKey(id), choices.OtherTexts[id]);
                }

                break;
            case MatrixMultipleChoiceAnswer matrix:
                foreach (var rowId in writer.AnswerIds(matrix.ColumnIdsByRowId.Keys))
                {
                    writer.Put(writer.Key(rowId), IdArray(DistinctIds(writer, matrix.ColumnIdsByRowId[rowId], $"column ids of row {rowId}")));
                }

                break;
            default:
                throw writer.WrongKind(answer, "a list of answer ids (MultipleChoice, or MatrixMultipleChoice when keyed by answer id)");
        }
    }

    private static List<long> DistinctIds(QuestionKeyWriter writer, IReadOnlyList<long> ids, string what)
    {
        if (ids.Count == 0)
        {
            throw writer.Mismatch($"no {what} were supplied; leave the question out to skip it");
        }

        var distinct = ids.Distinct().ToList();
        return distinct.Count == ids.Count ? distinct : throw writer.Mismatch($"the {what} contain duplicates");
    }

    private static JsonArray IdArray(IEnumerable<long> ids) =>
        [.. ids.Select(id => (JsonNode)JsonValue.Create(id.ToString(CultureInfo.InvariantCulture)))];

    private static string OtherTextKey(long answerId) =>
        ParamPrefixes.Text + answerId.ToString(CultureInfo.InvariantCulture);
}
