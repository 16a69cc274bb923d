namespace CampaignOrchestrator.Campaigns.Inbound;

/// <summary>The output of an inbound-responses instance (and of each of its chunks): what became of every response.</summary>
/// <param name="MessageId">The message id.</param>
/// <param name="Total">Responses counted in this summary.</param>
/// <param name="Recorded">Recorded by the target.</param>
/// <param name="Duplicate">Refused as duplicates on the first attempt.</param>
/// <param name="Rejected">Refused for good, with reasons.</param>
/// <param name="Failed">Not recorded (or not known to be), with reasons.</param>
public sealed record InboundResponsesSummary(
    string MessageId,
    int Total,
    int Recorded,
    int Duplicate,
    IReadOnlyList<ResponseProblem> Rejected,
    IReadOnlyList<ResponseProblem> Failed)
{
    /// <summary>Gets how many responses have an outcome in this summary.</summary>
    public int Processed => Recorded + Duplicate + Rejected.Count + Failed.Count;

    /// <summary>Creates a summary with no outcome yet.</summary>
    /// <param name="messageId">The message id.</param>
    /// <param name="total">The responses to come.</param>
    /// <returns>The summary.</returns>
    public static InboundResponsesSummary Empty(string messageId, int total) => new(messageId, total, 0, 0, [], []);

    /// <summary>Adds outcomes.</summary>
    /// <param name="outcomes">The outcomes.</param>
    /// <returns>The new summary.</returns>
    public InboundResponsesSummary Add(IEnumerable<ResponseOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var list = outcomes.ToList();
        return this with
        {
            Recorded = Recorded + list.Count(o => o.Kind == ResponseOutcomeKind.Recorded),
            Duplicate = Duplicate + list.Count(o => o.Kind == ResponseOutcomeKind.Duplicate),
            Rejected = [.. Rejected, .. Problems(list, ResponseOutcomeKind.Rejected)],
            Failed = [.. Failed, .. Problems(list, ResponseOutcomeKind.Failed)],
        };
    }

    /// <summary>Adds a chunk's summary.</summary>
    /// <param name="chunk">The chunk's summary.</param>
    /// <returns>The new summary.</returns>
    public InboundResponsesSummary Add(InboundResponsesSummary chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        return this with
        {
            Recorded = Recorded + chunk.Recorded,
            Duplicate = Duplicate + chunk.Duplicate,
            Rejected = [.. Rejected, .. chunk.Rejected],
            Failed = [.. Failed, .. chunk.Failed],
        };
    }

    /// <summary>Gives the progress to show as custom status.</summary>
    /// <returns>The progress.</returns>
    public InboundResponsesProgress ToProgress() => new(Total, Processed, Recorded, Duplicate, Rejected.Count, Failed.Count);

    private static IEnumerable<ResponseProblem> Problems(IEnumerable<ResponseOutcome> outcomes, ResponseOutcomeKind kind) =>
        outcomes.Where(o => o.Kind == kind).Select(o => new ResponseProblem(o.ResponseId, o.Reason ?? kind.ToString()));
}
