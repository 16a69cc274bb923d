using System.Globalization;

namespace CampaignOrchestrator.Benchmarks;

/// <summary>The <c>--name value</c> options of a run.</summary>
internal sealed class BenchmarkArguments(Dictionary<string, string> values)
{
    public static BenchmarkArguments Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new BenchmarkOptionException($"Expected an option name at '{args[i]}'.");
            }

            if (i + 1 == args.Length)
            {
                throw new BenchmarkOptionException($"{args[i]} needs a value.");
            }

            values[args[i][2..]] = args[i + 1];
        }

        return new BenchmarkArguments(values);
    }

    public int Int(string name, int fallback)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new BenchmarkOptionException($"--{name} must be a whole number above 0, not '{text}'.");
    }

    public string Text(string name, string fallback) => values.GetValueOrDefault(name, fallback);
}
