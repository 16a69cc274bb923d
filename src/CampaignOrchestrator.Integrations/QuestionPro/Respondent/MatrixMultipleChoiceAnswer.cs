using System.Text.Json.Serialization;

namespace CampaignOrchestrator.Integrations.QuestionPro.Respondent;

/// <summary>Chosen columns per matrix row; create with <see cref="AnswerValue.MatrixMultipleChoice"/>.</summary>
public sealed record MatrixMultipleChoiceAnswer : AnswerValue
{
    [JsonConstructor]
    internal MatrixMultipleChoiceAnswer(IReadOnlyDictionary<long, IReadOnlyList<long>> columnIdsByRowId)
    {
        ArgumentNullException.ThrowIfNull(columnIdsByRowId);
        ColumnIdsByRowId = columnIdsByRowId
            .ToDictionary(row => row.Key, row => (IReadOnlyList<long>)(row.Value ?? []).ToArray().AsReadOnly())
            .AsReadOnly();
    }

    /// <summary>Gets the chosen column ids for each row answer id.</summary>
    public IReadOnlyDictionary<long, IReadOnlyList<long>> ColumnIdsByRowId { get; }
}
