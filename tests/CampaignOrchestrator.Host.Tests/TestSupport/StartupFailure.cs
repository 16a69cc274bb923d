namespace CampaignOrchestrator.Host.Tests.TestSupport;

/// <summary>Starts a host expected to refuse to start, and returns every message of the failure.</summary>
public static class StartupFailure
{
    public static string Capture(HostFactory factory)
    {
        var exception = Record.Exception(() => factory.CreateClient());
        Assert.NotNull(exception);
        return string.Join(Environment.NewLine, Messages(exception));
    }

    private static IEnumerable<string> Messages(Exception exception)
    {
        yield return exception.Message;
        var inner = exception is AggregateException aggregate ? aggregate.InnerExceptions : exception.InnerException is { } one ? [one] : [];
        foreach (var message in inner.SelectMany(Messages))
        {
            yield return message;
        }
    }
}
