namespace CampaignOrchestrator.Sandbox.Common;

/// <summary>Creates a <see cref="Random"/> whose sequence depends only on the given parts (stable across processes).</summary>
internal static class SeededRandom
{
    public static Random Create(params ReadOnlySpan<long> parts)
    {
        // SplitMix64 mixing: HashCode is randomized per process, which would break reproducibility.
        var state = 0x9E3779B97F4A7C15UL;
        foreach (var part in parts)
        {
            state = Mix(state ^ unchecked((ulong)part));
        }

        return new Random((int)(state & int.MaxValue));
    }

    private static ulong Mix(ulong value)
    {
        unchecked
        {
            value += 0x9E3779B97F4A7C15UL;
            value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
            value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
            return value ^ (value >> 31);
        }
    }
}
