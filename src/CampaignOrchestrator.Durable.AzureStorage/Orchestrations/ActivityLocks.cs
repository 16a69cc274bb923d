namespace CampaignOrchestrator.Durable.AzureStorage.Orchestrations;

/// <summary>The activity executions this process holds locked: each token names the work-item message it locks.</summary>
internal sealed class ActivityLocks
{
    private const string Prefix = "activity:";
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ActivityLock> _byToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _tokenByMessage = new(StringComparer.Ordinal);

    /// <summary>Tells an activity lock token from an orchestration one.</summary>
    /// <param name="token">The token.</param>
    /// <returns><see langword="true"/> for an activity's.</returns>
    public static bool IsActivityToken(string token) => token.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>Records a new lock; an older lock on the same message (which lapsed) stops being valid.</summary>
    /// <param name="messageId">The message.</param>
    /// <param name="popReceipt">Its receipt.</param>
    /// <param name="lockedUntil">When the lock lapses.</param>
    /// <returns>The token.</returns>
    public string Add(string messageId, string popReceipt, DateTimeOffset lockedUntil)
    {
        var token = Prefix + Guid.NewGuid().ToString("N");
        lock (_gate)
        {
            if (_tokenByMessage.Remove(messageId, out var older))
            {
                _byToken.Remove(older);
            }

            _byToken[token] = new ActivityLock(messageId, popReceipt, lockedUntil);
            _tokenByMessage[messageId] = token;
        }

        return token;
    }

    /// <summary>Finds a lock.</summary>
    /// <param name="token">The token.</param>
    /// <returns>The lock, or <see langword="null"/> when it is not held.</returns>
    public ActivityLock? Find(string token)
    {
        lock (_gate)
        {
            return _byToken.GetValueOrDefault(token);
        }
    }

    /// <summary>Records a lock's renewal.</summary>
    /// <param name="token">The token.</param>
    /// <param name="renewed">The renewed lock.</param>
    public void Update(string token, ActivityLock renewed)
    {
        lock (_gate)
        {
            if (_byToken.ContainsKey(token))
            {
                _byToken[token] = renewed;
            }
        }
    }

    /// <summary>Ends a lock.</summary>
    /// <param name="token">The token.</param>
    public void Remove(string token)
    {
        lock (_gate)
        {
            if (_byToken.Remove(token, out var ended))
            {
                _tokenByMessage.Remove(ended.MessageId);
            }
        }
    }
}

/// <summary>A locked work-item message.</summary>
/// <param name="MessageId">The message.</param>
/// <param name="PopReceipt">Its current receipt.</param>
/// <param name="LockedUntil">When the lock lapses on the store's clock.</param>
internal sealed record ActivityLock(string MessageId, string PopReceipt, DateTimeOffset LockedUntil);
