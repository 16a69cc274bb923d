namespace CampaignOrchestrator.Integrations.SatisMeter;

/// <summary>How the survey was delivered (<c>method</c>).</summary>
public enum SatisMeterMethod
{
    /// <summary>A web app (<c>In-App</c>), the default.</summary>
    InApp,

    /// <summary>A native mobile app (<c>Mobile</c>).</summary>
    Mobile,

    /// <summary>Email (<c>Email</c>).</summary>
    Email,
}

/// <summary>Converts <see cref="SatisMeterMethod"/> to and from its wire text.</summary>
public static class SatisMeterMethods
{
    /// <summary>Returns the wire text of a method.</summary>
    /// <param name="method">The method.</param>
    /// <returns><c>In-App</c>, <c>Mobile</c> or <c>Email</c>.</returns>
    public static string ToWire(this SatisMeterMethod method) => method switch
    {
        SatisMeterMethod.Mobile => "Mobile",
        SatisMeterMethod.Email => "Email",
        _ => "In-App",
    };

    /// <summary>Parses a wire text (case-insensitive).</summary>
    /// <param name="text">The text.</param>
    /// <param name="method">The method, when recognised.</param>
    /// <returns><see langword="true"/> when recognised.</returns>
    public static bool TryParse(string? text, out SatisMeterMethod method)
    {
        foreach (var candidate in Enum.GetValues<SatisMeterMethod>())
        {
            if (string.Equals(candidate.ToWire(), text, StringComparison.OrdinalIgnoreCase))
            {
                method = candidate;
                return true;
            }
        }

        method = SatisMeterMethod.InApp;
        return false;
    }
}
