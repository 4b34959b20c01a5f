using System.Globalization;

namespace ConformanceHarness.Gherkin.Execution;

/// <summary>
/// The order a run takes: <c>defined</c>, <c>reverse</c>, or <c>random</c> with a seed
/// (<c>random:1234</c> reproduces a run; <c>random</c> alone has its seed picked when the run starts,
/// and <see cref="RunResult.Order"/> reports it). Written as text, it parses back to itself.
/// </summary>
public sealed record ScenarioOrder(ScenarioOrderKind Kind, int? Seed = null)
{
    public const string Syntax = "defined, reverse, random or random:SEED (SEED a whole number from 0)";

    public static ScenarioOrder Defined { get; } = new(ScenarioOrderKind.Defined);

    public static ScenarioOrder Reverse { get; } = new(ScenarioOrderKind.Reverse);

    public static ScenarioOrder Random(int? seed = null) => new(ScenarioOrderKind.Random, seed);

    public static bool TryParse(string? text, out ScenarioOrder order)
    {
        order = Defined;
        var value = (text ?? "").Trim().ToLowerInvariant();
        if (value == "defined") return true;
        if (value == "reverse") { order = Reverse; return true; }
        if (value == "random") { order = Random(); return true; }
        if (!value.StartsWith("random:", StringComparison.Ordinal)) return false;
        if (!int.TryParse(value["random:".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var seed)) return false;
        order = Random(seed);
        return true;
    }

    /// <summary>Throws <see cref="FormatException"/> naming the accepted forms.</summary>
    public static ScenarioOrder Parse(string text) =>
        TryParse(text, out var order) ? order : throw new FormatException($"order '{text}' must be {Syntax}");

    /// <summary>This order with a seed picked if it is random without one; other orders are returned as they are.</summary>
    public ScenarioOrder WithSeed() =>
        Kind == ScenarioOrderKind.Random && Seed is null ? Random(System.Random.Shared.Next()) : this;

    /// <summary>Puts features, then the scenarios of each feature, in this order. A random order needs its seed.</summary>
    public IReadOnlyList<(TFeature Feature, IReadOnlyList<TScenario> Scenarios)> Arrange<TFeature, TScenario>(
        IReadOnlyList<(TFeature Feature, IReadOnlyList<TScenario> Scenarios)> features)
    {
        if (Kind == ScenarioOrderKind.Defined) return features;
        if (Kind == ScenarioOrderKind.Reverse)
            return features.Reverse().Select(f => (f.Feature, (IReadOnlyList<TScenario>)f.Scenarios.Reverse().ToList())).ToList();
        var shuffler = new SeededShuffler(Seed ?? throw new InvalidOperationException("a random order needs a seed; call WithSeed() first"));
        return shuffler.Shuffle(features).Select(f => (f.Feature, shuffler.Shuffle(f.Scenarios))).ToList();
    }

    public override string ToString() => Kind switch
    {
        ScenarioOrderKind.Random when Seed is { } seed => $"random:{seed.ToString(CultureInfo.InvariantCulture)}",
        _ => Kind.ToString().ToLowerInvariant(),
    };
}
