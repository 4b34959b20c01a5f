using Io.Cucumber.Messages.Types;

namespace ConformanceHarness.Gherkin.Parsing;

/// <summary>
/// Looks up AST nodes of a Gherkin document by the ids pickles refer to: step keywords, scenario,
/// examples and row lines, and the label of an outline row.
/// </summary>
public sealed class GherkinDocumentIndex
{
    private readonly Dictionary<string, Step> _steps = [];
    private readonly Dictionary<string, Scenario> _scenarios = [];
    private readonly Dictionary<string, (Examples Examples, TableRow Row)> _rows = [];

    public GherkinDocumentIndex(GherkinDocument document)
    {
        foreach (var child in document.Feature?.Children ?? [])
        {
            IndexSteps(child.Background?.Steps);
            if (child.Scenario is not null) IndexScenario(child.Scenario);
            foreach (var ruleChild in child.Rule?.Children ?? [])
            {
                IndexSteps(ruleChild.Background?.Steps);
                if (ruleChild.Scenario is not null) IndexScenario(ruleChild.Scenario);
            }
        }
    }

    public string KeywordOf(PickleStep step) =>
        step.AstNodeIds.Count > 0 && _steps.TryGetValue(step.AstNodeIds[0], out var ast) ? ast.Keyword : "* ";

    /// <summary>Lines that select this pickle in a file:line filter: scenario, examples block, row.</summary>
    public IReadOnlyList<long> LinesOf(Pickle pickle)
    {
        var lines = new List<long>();
        if (pickle.AstNodeIds.Count > 0 && _scenarios.TryGetValue(pickle.AstNodeIds[0], out var scenario))
            lines.Add(scenario.Location.Line);
        if (pickle.AstNodeIds.Count > 1 && _rows.TryGetValue(pickle.AstNodeIds[1], out var row))
        {
            lines.Add(row.Examples.Location.Line);
            lines.Add(row.Row.Location.Line);
        }
        return lines;
    }

    /// <summary>"Examples name: cell, cell" for an outline pickle, or null for a plain scenario.</summary>
    public string? ExampleLabelOf(Pickle pickle)
    {
        if (pickle.AstNodeIds.Count < 2 || !_rows.TryGetValue(pickle.AstNodeIds[1], out var row)) return null;
        var cells = string.Join(", ", row.Row.Cells.Select(cell => cell.Value));
        var name = row.Examples.Name;
        return string.IsNullOrWhiteSpace(name) ? cells : $"{name}: {cells}";
    }

    private void IndexSteps(IEnumerable<Step>? steps)
    {
        foreach (var step in steps ?? [])
            _steps[step.Id] = step;
    }

    private void IndexScenario(Scenario scenario)
    {
        _scenarios[scenario.Id] = scenario;
        IndexSteps(scenario.Steps);
        foreach (var examples in scenario.Examples)
        foreach (var row in examples.TableBody)
            _rows[row.Id] = (examples, row);
    }
}
