namespace CampaignOrchestrator.Integrations.Tests.TestSupport;

/// <summary>A real socket handler that runs an action once, right after the first response to a matching request.</summary>
internal sealed class AfterFirstResponseHandler(Func<HttpRequestMessage, bool> match, Action action) : DelegatingHandler(new SocketsHttpHandler())
{
    private int _fired;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (match(request) && Interlocked.Exchange(ref _fired, 1) == 0)
        {
            action();
        }

        return response;
    }
}
