using System.Text.Json.Serialization;

namespace CampaignOrchestrator.Integrations.QuestionPro.Respondent;

/// <summary>
/// An answer to one question, independent of how the server wants it keyed; <see cref="AnswerKeyBuilder"/> turns it into
/// submit-page keys from the question's <see cref="FormParam"/>. Serializable with System.Text.Json (discriminator <c>kind</c>).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(SingleChoiceAnswer), "singleChoice")]
[JsonDerivedType(typeof(MultipleChoiceAnswer), "multipleChoice")]
[JsonDerivedType(typeof(FreeTextAnswer), "freeText")]
[JsonDerivedType(typeof(TextsAnswer), "texts")]
[JsonDerivedType(typeof(RanksAnswer), "ranks")]
[JsonDerivedType(typeof(ConstantSumAnswer), "constantSum")]
[JsonDerivedType(typeof(DateAnswer), "date")]
[JsonDerivedType(typeof(MatrixSingleChoiceAnswer), "matrixSingleChoice")]
[JsonDerivedType(typeof(MatrixMultipleChoiceAnswer), "matrixMultipleChoice")]
public abstract record AnswerValue
{
    private protected AnswerValue()
    {
    }

    /// <summary>One chosen answer (<c>u_</c>), optionally with the free text of an "other, please specify" answer.</summary>
    /// <param name="answerId">The chosen answer id.</param>
    /// <param name="otherText">The text typed next to the chosen answer, sent as <c>t_{answerId}</c>; null for none.</param>
    /// <returns>The answer.</returns>
    public static SingleChoiceAnswer SingleChoice(long answerId, string? otherText = null) => new(answerId, otherText);

    /// <summary>Several chosen answers (<c>m_</c>).</summary>
    /// <param name="answerIds">The chosen answer ids, at least one.</param>
    /// <returns>The answer.</returns>
    public static MultipleChoiceAnswer MultipleChoice(params IEnumerable<long> answerIds) =>
        new(answerIds.ToArray(), new Dictionary<long, string>());

    /// <summary>Several chosen answers (<c>m_</c>) with free texts for "other" answers among them.</summary>
    /// <param name="answerIds">The chosen answer ids, at least one.</param>
    /// <param name="otherTexts">Free texts by chosen answer id, each sent as <c>t_{answerId}</c>.</param>
    /// <returns>The answer.</returns>
    public static MultipleChoiceAnswer MultipleChoice(IEnumerable<long> answerIds, IReadOnlyDictionary<long, string> otherTexts) =>
        new(answerIds.ToArray(), otherTexts);

    /// <summary>One free text: keyed by the question id, or by the question's only answer id, as <c>paramIdType</c> says.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The answer.</returns>
    public static FreeTextAnswer FreeText(string text) => new(text);

    /// <summary>Free texts for several answer ids of one question (for example name and e-mail fields).</summary>
    /// <param name="textByAnswerId">The text for each answer id.</param>
    /// <returns>The answer.</returns>
    public static TextsAnswer Texts(IReadOnlyDictionary<long, string> textByAnswerId) => new(textByAnswerId);

    /// <summary>Ranks (<c>r_</c>) by answer id, 1 being the first.</summary>
    /// <param name="rankByAnswerId">The rank of each ranked answer id.</param>
    /// <returns>The answer.</returns>
    public static RanksAnswer Ranks(IReadOnlyDictionary<long, int> rankByAnswerId) => new(rankByAnswerId);

    /// <summary>Constant-sum amounts (<c>s_</c>) by answer id.</summary>
    /// <param name="amountByAnswerId">The amount given to each answer id.</param>
    /// <returns>The answer.</returns>
    public static ConstantSumAnswer ConstantSum(IReadOnlyDictionary<long, decimal> amountByAnswerId) => new(amountByAnswerId);

    /// <summary>A date (<c>dt_</c> family), optionally with a time of day.</summary>
    /// <param name="date">The date.</param>
    /// <param name="time">The time of day, sent to the minute; null for a date only.</param>
    /// <returns>The answer.</returns>
    public static DateAnswer Date(DateOnly date, TimeOnly? time = null) => new(date, time);

    /// <summary>One chosen column per row for a matrix whose keys are per answer id (<c>u_{rowAnswerId}</c>).</summary>
    /// <param name="columnIdByRowId">The chosen column id for each row answer id.</param>
    /// <returns>The answer.</returns>
    public static MatrixSingleChoiceAnswer MatrixSingleChoice(IReadOnlyDictionary<long, long> columnIdByRowId) => new(columnIdByRowId);

    /// <summary>Chosen columns per row for a matrix whose keys are per answer id (<c>m_{rowAnswerId}</c>).</summary>
    /// <param name="columnIdsByRowId">The chosen column ids for each row answer id.</param>
    /// <returns>The answer.</returns>
    public static MatrixMultipleChoiceAnswer MatrixMultipleChoice(IReadOnlyDictionary<long, IReadOnlyList<long>> columnIdsByRowId) =>
        new(columnIdsByRowId);
}
