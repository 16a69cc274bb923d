using System.Security.Cryptography;
using System.Text;

namespace CampaignOrchestrator.Durable.AzureStorage;

/// <summary>Turns free-form names into valid table keys (no <c>/ \ # ?</c> or control characters, at most 1 KiB).</summary>
internal static class TableKeys
{
    /// <summary>Escapes a name into a row key that sorts and compares like the name for ordinary characters.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The key.</returns>
    public static string Escape(string name) => Uri.EscapeDataString(name);

    /// <summary>Hashes a key into a fixed-length hex row key (for keys of any characters and lengths).</summary>
    /// <param name="key">The key.</param>
    /// <returns>64 hex characters.</returns>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
