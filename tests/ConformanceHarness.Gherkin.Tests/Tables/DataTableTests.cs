using ConformanceHarness.Gherkin.Tables;
using PickleTable = Io.Cucumber.Messages.Types.PickleTable;
using PickleTableCell = Io.Cucumber.Messages.Types.PickleTableCell;
using PickleTableRow = Io.Cucumber.Messages.Types.PickleTableRow;
using Xunit;

namespace ConformanceHarness.Gherkin.Tests.Tables;

public sealed class DataTableTests
{
    private static readonly DataTable _cars = TableText.Parse(
        "| Make | Year |",
        "| Ford | 1999 |",
        "| VW   | 2001 |");

    [Fact]
    public void Header_FirstRow_IsHeader()
    {
        Assert.Equal(["Make", "Year"], _cars.Header);
    }

    [Fact]
    public void Rows_Body_ExcludesHeader()
    {
        Assert.Equal(2, _cars.Rows.Count);
        Assert.Equal("Ford", _cars.Rows[0]["Make"]);
        Assert.Equal("2001", _cars.Rows[1][1]);
    }

    [Fact]
    public void RowCount_Body_CountsBodyRowsOnly()
    {
        Assert.Equal(2, _cars.RowCount);
        Assert.Equal(0, TableText.Parse("| only | header |").RowCount);
    }

    [Fact]
    public void Raw_AllRows_IncludesHeader()
    {
        Assert.Equal(3, _cars.Raw.Count);
        Assert.Equal(["Make", "Year"], _cars.Raw[0]);
        Assert.Equal(["VW", "2001"], _cars.Raw[2]);
    }

    [Fact]
    public void Constructor_SourceListChangedLater_TableUnaffected()
    {
        var row = new List<string> { "a" };
        var table = new DataTable([row]);

        row[0] = "changed";

        Assert.Equal("a", table.Header[0]);
    }

    [Fact]
    public void Constructor_NoRows_Throws()
    {
        Assert.Throws<ArgumentException>(() => new DataTable([]));
    }

    [Fact]
    public void Constructor_RaggedRows_ThrowsNamingRow()
    {
        var exception = Assert.Throws<ArgumentException>(() => new DataTable([["a", "b"], ["1"]]));

        Assert.Contains("Row 1 has 1 cells but the header has 2", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_DuplicateHeader_ThrowsNamingColumn()
    {
        var table = TableText.Parse("| a | a |", "| 1 | 2 |");

        var exception = Assert.Throws<InvalidOperationException>(() => table.Rows);

        Assert.Contains("'a'", exception.Message, StringComparison.Ordinal);
        Assert.Equal("2", table.Raw[1][1]);
    }

    [Fact]
    public void Transpose_Table_SwapsRowsAndColumns()
    {
        var transposed = _cars.Transpose();

        Assert.Equal(2, transposed.Count);
        Assert.Equal(["Make", "Ford", "VW"], transposed[0]);
        Assert.Equal(["Year", "1999", "2001"], transposed[1]);
    }

    [Fact]
    public void ToDictionary_VerticalTable_UsesAllRowsIncludingFirst()
    {
        var table = TableText.Parse("| name | Alice |", "| age  | 42    |");

        var dictionary = table.ToDictionary();

        Assert.Equal(2, dictionary.Count);
        Assert.Equal("Alice", dictionary["name"]);
        Assert.Equal("42", dictionary["age"]);
    }

    [Fact]
    public void ToDictionary_ThreeColumns_Throws()
    {
        var table = TableText.Parse("| a | b | c |");

        var exception = Assert.Throws<InvalidOperationException>(() => table.ToDictionary());

        Assert.Contains("exactly 2 columns", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToDictionary_DuplicateKey_ThrowsNamingKey()
    {
        var table = TableText.Parse("| k | 1 |", "| k | 2 |");

        var exception = Assert.Throws<InvalidOperationException>(() => table.ToDictionary());

        Assert.Contains("'k'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToDictionaries_HorizontalTable_OneHeaderKeyedDictionaryPerBodyRow()
    {
        var dictionaries = _cars.ToDictionaries();

        Assert.Equal(2, dictionaries.Count);
        Assert.Equal(
            new Dictionary<string, string> { ["Make"] = "VW", ["Year"] = "2001" },
            dictionaries[1].ToDictionary(pair => pair.Key, pair => pair.Value));
    }

    [Fact]
    public void FromPickle_PickleTable_CopiesCellsInOrder()
    {
        var pickle = new PickleTable(null, [
            new PickleTableRow([new PickleTableCell("Make"), new PickleTableCell("Year")]),
            new PickleTableRow([new PickleTableCell("Ford"), new PickleTableCell("1999")]),
        ]);

        var table = DataTable.FromPickle(pickle);

        Assert.Equal(["Make", "Year"], table.Header);
        Assert.Equal(1, table.RowCount);
        Assert.Equal("1999", table.Rows[0]["Year"]);
    }
}
