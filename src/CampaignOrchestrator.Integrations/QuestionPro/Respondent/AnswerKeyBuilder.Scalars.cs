using System.Globalization;

namespace CampaignOrchestrator.Integrations.QuestionPro.Respondent;

/// <content>Text, rank and constant-sum keys, and prefixes this client does not know.</content>
public static partial class AnswerKeyBuilder
{
    // A fixed-point pattern: decimal.ToString never uses an exponent, and this also drops trailing zeros ("40.0" → "40").
    private const string PlainNumberFormat = "0.############################";

    private static void AddText(QuestionKeyWriter writer, AnswerValue answer)
    {
        switch (answer)
        {
            case FreeTextAnswer text:
                writer.Put(writer.Key(writer.SingleId()), text.Text);
                break;
            case TextsAnswer texts:
                AddPerAnswer(writer, texts.TextByAnswerId, text => text);
                break;
            default:
                throw writer.WrongKind(answer, "text (FreeText, or Texts per answer id)");
        }
    }

    private static void AddRanks(QuestionKeyWriter writer, AnswerValue answer)
    {
        var ranks = answer as RanksAnswer ?? throw writer.WrongKind(answer, "ranks per answer id (Ranks)");
        foreach (var (answerId, rank) in ranks.RankByAnswerId)
        {
            if (rank < 1)
            {
                throw writer.Mismatch($"rank {rank} for answer id {answerId} is not a positive rank (1 is the first)");
            }
        }

        AddPerAnswer(writer, ranks.RankByAnswerId, rank => rank.ToString(CultureInfo.InvariantCulture));
    }

    private static void AddConstantSum(QuestionKeyWriter writer, AnswerValue answer)
    {
        var sum = answer as ConstantSumAnswer ?? throw writer.WrongKind(answer, "amounts per answer id (ConstantSum)");
        foreach (var (answerId, amount) in sum.AmountByAnswerId)
        {
            if (amount < 0)
            {
                throw writer.Mismatch($"amount {amount.ToString(CultureInfo.InvariantCulture)} for answer id {answerId} is negative");
            }
        }

        AddPerAnswer(writer, sum.AmountByAnswerId, amount => amount.ToString(PlainNumberFormat, CultureInfo.InvariantCulture));
    }

    // Prefixes added by the vendor after this client was written still get a key, as long as the value is a plain scalar.
    private static void AddOther(QuestionKeyWriter writer, AnswerValue answer)
    {
        switch (answer)
        {
            case FreeTextAnswer text:
                writer.Put(writer.Key(writer.SingleId()), text.Text);
                break;
            case SingleChoiceAnswer { OtherText: null } choice:
                var key = writer.QuestionKey();
                writer.RequireAnswerId(choice.AnswerId);
                writer.Put(key, choice.AnswerId);
                break;
            case TextsAnswer texts:
                AddPerAnswer(writer, texts.TextByAnswerId, text => text);
                break;
            default:
                throw writer.WrongKind(answer, "a scalar value because the prefix is unknown (FreeText, Texts, or SingleChoice without other text)");
        }
    }

    private static void AddPerAnswer<T>(QuestionKeyWriter writer, IReadOnlyDictionary<long, T> valueByAnswerId, Func<T, string> format)
    {
        foreach (var answerId in writer.AnswerIds(valueByAnswerId.Keys))
        {
            writer.Put(writer.Key(answerId), format(valueByAnswerId[answerId]));
        }
    }
}
