namespace CampaignOrchestrator.Integrations.Http;

/// <summary>What a failed call is known to have done at the vendor: the fact that decides whether it may be sent again.</summary>
public enum VendorEffect
{
    /// <summary>The vendor certainly did not act on the request (it never arrived, or was rejected before processing).</summary>
    None,

    /// <summary>The request may or may not have been processed (a 5xx, a timeout, a connection lost mid-flight).</summary>
    Unknown,

    /// <summary>The vendor processed the request, but its answer could not be used.</summary>
    Applied,
}
