using System.Text;

namespace ConformanceHarness.Gherkin.Tables;

/// <summary>Builds an aligned, Gherkin-style table whose rows carry a diff marker ("  ", "- " or "+ ").</summary>
internal sealed class DiffTable
{
    private readonly List<(string Marker, IReadOnlyList<string> Cells)> _rows = [];

    public DiffTable(IReadOnlyList<string> header) => _rows.Add(("  ", header));

    public bool HasDifferences { get; private set; }

    public void Same(IReadOnlyList<string> cells) => _rows.Add(("  ", cells));

    public void Missing(IReadOnlyList<string> cells) => Add("- ", cells);

    public void Extra(IReadOnlyList<string> cells) => Add("+ ", cells);

    public override string ToString()
    {
        var widths = Enumerable.Range(0, _rows[0].Cells.Count)
            .Select(column => _rows.Max(row => row.Cells[column].Length))
            .ToArray();
        var builder = new StringBuilder();
        foreach (var (marker, cells) in _rows)
        {
            builder.Append(marker).Append('|');
            for (var column = 0; column < widths.Length; column++)
            {
                builder.Append(' ').Append(cells[column].PadRight(widths[column])).Append(" |");
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }

    private void Add(string marker, IReadOnlyList<string> cells)
    {
        HasDifferences = true;
        _rows.Add((marker, cells));
    }
}
