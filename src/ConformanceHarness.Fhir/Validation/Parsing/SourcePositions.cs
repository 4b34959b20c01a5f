using System.Text.Json;
using System.Xml;
using ConformanceHarness.Fhir.Findings;

namespace ConformanceHarness.Fhir.Validation.Parsing;

/// <summary>
/// Where the elements of a source text start, found by the locations the walker gives its findings
/// (<c>Patient.name[1].given</c>, a single element without an index, a choice element by its name without the type:
/// <c>Observation.value</c>), so a finding of the walker points into the file as a parser finding does; a missing
/// element is placed where its parent is. One light pass over the text (no model, no typed tree), made only when a
/// report has findings without a position.
/// </summary>
public sealed class SourcePositions
{
    private readonly PositionNode? _root;

    private SourcePositions(PositionNode? root) => _root = root;

    public static SourcePositions Read(string text, ResourceFormat format)
    {
        try
        {
            return new(format == ResourceFormat.Json ? JsonPositionReader.Read(System.Text.Encoding.UTF8.GetBytes(text)) : XmlPositionReader.Read(text));
        }
        catch (Exception error) when (error is JsonException or XmlException or InvalidOperationException)
        {
            // The text was read as a resource already; what this reader refuses only loses positions.
            return new(null);
        }
    }

    /// <summary>The findings, each without a position given the position of its location or of its nearest ancestor in the text.</summary>
    public IReadOnlyList<Finding> Place(IReadOnlyList<Finding> findings) =>
        _root is null ? findings : [.. findings.Select(f => f.Position is null && Locate(f.Location) is { } at ? f with { Position = at } : f)];

    /// <summary><c>Observation.component[1].value.comparator</c>: the first step is the resource, then name and index per step.</summary>
    private (int Line, int Column)? Locate(string location)
    {
        var steps = location.Split('.');
        if (steps.Length == 0 || steps[0].Contains('(')) return null;
        var node = _root!;
        foreach (var step in steps.Skip(1))
        {
            var open = step.IndexOf('[');
            var index = open < 0 ? 0 : int.TryParse(step.AsSpan(open + 1, step.Length - open - 2), out var i) ? i : 0;
            if (node.Child(open < 0 ? step : step[..open], index) is not { } child) break;
            node = child;
        }
        return node.Position;
    }
}
