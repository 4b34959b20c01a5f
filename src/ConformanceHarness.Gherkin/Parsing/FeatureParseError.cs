namespace ConformanceHarness.Gherkin.Parsing;

/// <summary>A syntax error in a feature file, located so an editor can jump to it.</summary>
public sealed record FeatureParseError(string Uri, int Line, int Column, string Message)
{
    public override string ToString() => $"{Uri}:{Line}:{Column}: {Message}";
}
