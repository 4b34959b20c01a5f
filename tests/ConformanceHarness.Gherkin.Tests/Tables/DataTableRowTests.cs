using ConformanceHarness.Gherkin.Tables;
using Xunit;

namespace ConformanceHarness.Gherkin.Tests.Tables;

public sealed class DataTableRowTests
{
    private readonly DataTableRow _row = TableText.Parse("| Make | Year |", "| Ford | 1999 |").Rows[0];

    [Fact]
    public void IndexerByName_ExistingColumn_ReturnsCell()
    {
        Assert.Equal("Ford", _row["Make"]);
        Assert.Equal("1999", _row["Year"]);
    }

    [Fact]
    public void IndexerByIndex_ExistingColumn_ReturnsCell()
    {
        Assert.Equal("Ford", _row[0]);
        Assert.Equal("1999", _row[1]);
    }

    [Fact]
    public void IndexerByName_UnknownColumn_ThrowsNamingColumnAndHeaders()
    {
        var exception = Assert.Throws<KeyNotFoundException>(() => _row["Colour"]);

        Assert.Equal("The data table has no column 'Colour' (available columns: Make, Year).", exception.Message);
    }

    [Fact]
    public void IndexerByName_DifferentCase_IsNotFound()
    {
        Assert.Throws<KeyNotFoundException>(() => _row["make"]);
    }

    [Fact]
    public void IndexerByIndex_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _row[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => _row[-1]);
    }

    [Fact]
    public void Dictionary_Members_ReflectHeaderAndCells()
    {
        Assert.Equal(2, _row.Count);
        Assert.Equal(["Make", "Year"], _row.Keys);
        Assert.Equal(["Ford", "1999"], _row.Values);
        Assert.True(_row.ContainsKey("Year"));
        Assert.False(_row.ContainsKey("Colour"));
        Assert.True(_row.TryGetValue("Make", out var make));
        Assert.Equal("Ford", make);
        Assert.False(_row.TryGetValue("Colour", out _));
    }

    [Fact]
    public void GetEnumerator_Row_YieldsPairsInColumnOrder()
    {
        Assert.Equal(
            [new KeyValuePair<string, string>("Make", "Ford"), new KeyValuePair<string, string>("Year", "1999")],
            _row.ToArray());
    }
}
