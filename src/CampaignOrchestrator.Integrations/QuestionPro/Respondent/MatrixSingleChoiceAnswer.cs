using System.Text.Json.Serialization;

namespace CampaignOrchestrator.Integrations.QuestionPro.Respondent;

/// <summary>One chosen column per matrix row; create with <see cref="AnswerValue.MatrixSingleChoice"/>.</summary>
public sealed record MatrixSingleChoiceAnswer : AnswerValue
{
    [JsonConstructor]
    internal MatrixSingleChoiceAnswer(IReadOnlyDictionary<long, long> columnIdByRowId)
    {
        ArgumentNullException.ThrowIfNull(columnIdByRowId);
        ColumnIdByRowId = new Dictionary<long, long>(columnIdByRowId).AsReadOnly();
    }

    /// <summary>Gets the chosen column id for each row answer id.</summary>
    public IReadOnlyDictionary<long, long> ColumnIdByRowId { get; }
}
