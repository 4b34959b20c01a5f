namespace ConformanceHarness.Gherkin.Execution;

/// <summary>
/// A Fisher–Yates shuffle driven by SplitMix64, so a seed gives the same order on every platform and
/// .NET version (<see cref="System.Random"/> does not promise that). Successive shuffles continue the
/// same sequence, so one seed orders the features and then the scenarios of each feature.
/// </summary>
internal sealed class SeededShuffler(int seed)
{
    private ulong _state = unchecked((ulong)seed);

    public IReadOnlyList<T> Shuffle<T>(IReadOnlyList<T> items)
    {
        var shuffled = items.ToArray();
        for (var i = shuffled.Length - 1; i > 0; i--)
        {
            var j = (int)(Next() % (ulong)(i + 1));
            (shuffled[i], shuffled[j]) = (shuffled[j], shuffled[i]);
        }
        return shuffled;
    }

    /// <summary>SplitMix64 (Steele, Lea and Flood, 2014).</summary>
    private ulong Next()
    {
        unchecked
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
