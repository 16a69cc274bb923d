using System.Diagnostics.CodeAnalysis;

namespace CampaignOrchestrator.Durable.Backend;

/// <summary>
/// The rule for application queue names, the same as Azure Storage's: 3 to 63 characters, lowercase letters, digits
/// and hyphens, starting and ending with a letter or digit, with no two hyphens in a row.
/// </summary>
public static class AppQueueName
{
    /// <summary>The shortest valid name.</summary>
    public const int MinLength = 3;

    /// <summary>The longest valid name.</summary>
    public const int MaxLength = 63;

    /// <summary>What a queue's poison companion appends to its name.</summary>
    public const string PoisonSuffix = "-poison";

    /// <summary>The rule, as said in validation errors.</summary>
    public const string Rule = "A queue name has 3 to 63 characters: lowercase letters, digits and hyphens, starting and ending with a letter or digit, with no two hyphens in a row.";

    /// <summary>Tells whether a name follows the rule.</summary>
    /// <param name="name">The name.</param>
    /// <returns><see langword="true"/> when valid.</returns>
    public static bool IsValid([NotNullWhen(true)] string? name)
    {
        if (name is null || name.Length is < MinLength or > MaxLength || name[0] == '-' || name[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var allowed = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && name[i - 1] != '-');
            if (!allowed)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Throws when a name breaks the rule.</summary>
    /// <param name="name">The name.</param>
    /// <param name="paramName">The argument the name came from.</param>
    /// <exception cref="ArgumentException">The name breaks the rule; the message states it.</exception>
    public static void ThrowIfInvalid([NotNull] string? name, string paramName)
    {
        ArgumentNullException.ThrowIfNull(name, paramName);
        if (!IsValid(name))
        {
            throw new ArgumentException($"'{name}' is not a valid queue name. {Rule}", paramName);
        }
    }

    /// <summary>Gives the name of a queue's poison companion, <c>&lt;queue&gt;-poison</c>.</summary>
    /// <param name="queueName">The source queue.</param>
    /// <returns>The poison queue's name.</returns>
    /// <exception cref="ArgumentException">The source name is invalid, or too long for the poison name to be valid.</exception>
    public static string PoisonQueueFor(string queueName)
    {
        ThrowIfInvalid(queueName, nameof(queueName));
        var poison = queueName + PoisonSuffix;
        if (poison.Length > MaxLength)
        {
            throw new ArgumentException(
                $"Queue '{queueName}' has no valid poison queue: '{poison}' is longer than {MaxLength} characters. Name queues whose messages may be poisoned with at most {MaxLength - PoisonSuffix.Length} characters.",
                nameof(queueName));
        }

        return poison;
    }
}
