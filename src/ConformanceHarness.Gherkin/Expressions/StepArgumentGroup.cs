namespace ConformanceHarness.Gherkin.Expressions;

/// <summary>
/// One capture group of a step match, as Cucumber Messages' <c>Group</c>.
/// <paramref name="Start"/> and <paramref name="Value"/> are null when the group did not participate.
/// Equality compares the whole tree, children included.
/// </summary>
/// <param name="Start">UTF-16 offset of the group in the step text.</param>
/// <param name="Value">The captured text.</param>
/// <param name="Children">The capture groups nested directly inside this one.</param>
public sealed record StepArgumentGroup(int? Start, string? Value, IReadOnlyList<StepArgumentGroup> Children)
{
    /// <summary>True when the group took part in the match.</summary>
    public bool Participated => Start is not null;

    public bool Equals(StepArgumentGroup? other) =>
        other is not null
        && Start == other.Start
        && string.Equals(Value, other.Value, StringComparison.Ordinal)
        && Children.SequenceEqual(other.Children);

    public override int GetHashCode() => HashCode.Combine(Start, Value, Children.Count);
}
