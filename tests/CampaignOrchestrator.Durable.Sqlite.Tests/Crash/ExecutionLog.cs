namespace CampaignOrchestrator.Durable.Sqlite.Tests.Crash;

/// <summary>Counts the activity executions the crash workers report, per index and in total, across every worker process.</summary>
internal sealed class ExecutionLog(int indexes)
{
    private readonly Lock _gate = new();
    private readonly int[] _counts = new int[indexes];
    private int _total;
    private int _outOfRange;

    public int Total
    {
        get
        {
            lock (_gate)
            {
                return _total;
            }
        }
    }

    /// <summary>Gets how many executions reported an index outside the fan-out.</summary>
    public int OutOfRange
    {
        get
        {
            lock (_gate)
            {
                return _outOfRange;
            }
        }
    }

    public void Record(int index)
    {
        lock (_gate)
        {
            _total++;
            if (index < 0 || index >= _counts.Length)
            {
                _outOfRange++;
            }
            else
            {
                _counts[index]++;
            }
        }
    }

    /// <summary>Gets the number of executions of each index.</summary>
    public int[] Counts()
    {
        lock (_gate)
        {
            return [.. _counts];
        }
    }
}
