using ConformanceHarness.Gherkin.Tables;
using ConformanceHarness.Gherkin.Tests.Tables.Models;
using Xunit;

namespace ConformanceHarness.Gherkin.Tests.Tables;

public sealed class DataTableComparisonExceptionTests
{
    private static readonly DataTable _expectedCars = TableText.Parse(
        "| Make | Year |",
        "| Ford | 1999 |",
        "| VW   | 2001 |");

    [Fact]
    public void CompareToSet_SameItemsInOtherOrder_DoesNotThrow()
    {
        _expectedCars.CompareToSet([Car("VW", 2001), Car("Ford", 1999)]);
    }

    [Fact]
    public void CompareToSet_ValueDiffers_ShowsMissingAndExtraRows()
    {
        var exception = Assert.Throws<DataTableComparisonException>(
            () => _expectedCars.CompareToSet([Car("Ford", 1999), Car("VW", 2002)]));

        Assert.Equal(
            "  | Make | Year |\n" +
            "  | Ford | 1999 |\n" +
            "- | VW   | 2001 |\n" +
            "+ | VW   | 2002 |\n",
            exception.Diff);
        Assert.EndsWith(exception.Diff, exception.Message, StringComparison.Ordinal);
        Assert.Contains("2 expected, 2 actual", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CompareToSet_ExtraActualItem_ShowsPlusRow()
    {
        var exception = Assert.Throws<DataTableComparisonException>(
            () => _expectedCars.CompareToSet([Car("Ford", 1999), Car("VW", 2001), Car("Fiat", 1985)]));

        Assert.Equal(
            "  | Make | Year |\n" +
            "  | Ford | 1999 |\n" +
            "  | VW   | 2001 |\n" +
            "+ | Fiat | 1985 |\n",
            exception.Diff);
    }

    [Fact]
    public void CompareToSet_MissingActualItem_ShowsMinusRow()
    {
        var exception = Assert.Throws<DataTableComparisonException>(() => _expectedCars.CompareToSet([Car("VW", 2001)]));

        Assert.Equal("  | Make | Year |\n- | Ford | 1999 |\n  | VW   | 2001 |\n", exception.Diff);
    }

    [Fact]
    public void CompareToSet_DuplicateExpectedRows_NeedDistinctActualItems()
    {
        var table = TableText.Parse("| Make | Year |", "| VW | 2001 |", "| VW | 2001 |");

        var exception = Assert.Throws<DataTableComparisonException>(() => table.CompareToSet([Car("VW", 2001)]));

        Assert.Contains("- | VW   | 2001 |", exception.Diff, StringComparison.Ordinal);
    }

    [Fact]
    public void CompareToSet_ComparesConvertedValues_NotText()
    {
        var table = TableText.Parse("| Make | Year  |", "| VW   | 02001 |");

        table.CompareToSet([Car("VW", 2001)]);
    }

    [Fact]
    public void CompareToSet_StringComparison_IsCaseSensitive()
    {
        Assert.Throws<DataTableComparisonException>(() => _expectedCars.CompareToSet([Car("ford", 1999), Car("VW", 2001)]));
    }

    [Fact]
    public void CompareToSet_UnknownColumn_ThrowsBindingException()
    {
        var table = TableText.Parse("| Make | Colour |", "| VW | red |");

        var exception = Assert.Throws<DataTableBindingException>(() => table.CompareToSet([Car("VW", 2001)]));

        Assert.StartsWith("Column 'Colour' matches no property of Car", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CompareToSet_NullablesAndEnums_CompareByValue()
    {
        var table = TableText.Parse("| Nullable Int | Colour    | Bool |", "|              | dark blue | yes  |");

        table.CompareToSet([new AllTypes { Colour = Colour.DarkBlue, Bool = true }]);
        Assert.Throws<DataTableComparisonException>(
            () => table.CompareToSet([new AllTypes { NullableInt = 0, Colour = Colour.DarkBlue, Bool = true }]));
    }

    [Fact]
    public void CompareToInstance_MatchingVerticalTable_DoesNotThrow()
    {
        TableText.Parse("| Field | Value |", "| Make | Ford |", "| Year | 1999 |").CompareToInstance(Car("Ford", 1999));
    }

    [Fact]
    public void CompareToInstance_MatchingHorizontalTable_DoesNotThrow()
    {
        TableText.Parse("| First Name | Age |", "| Ada | 36 |").CompareToInstance(new Person("Ada", "Lovelace", 36));
    }

    [Fact]
    public void CompareToInstance_ValueDiffers_ShowsExpectedAndActualField()
    {
        var table = TableText.Parse("| Field | Value |", "| Make | Ford |", "| Year | 1999 |");

        var exception = Assert.Throws<DataTableComparisonException>(() => table.CompareToInstance(Car("Ford", 2004)));

        Assert.Equal(
            "  | Field | Value |\n" +
            "  | Make  | Ford  |\n" +
            "- | Year  | 1999  |\n" +
            "+ | Year  | 2004  |\n",
            exception.Diff);
    }

    [Fact]
    public void CompareToInstance_NullActualProperty_ShowsEmptyCell()
    {
        var table = TableText.Parse("| Field | Value |", "| Nullable Int | 5 |");

        var exception = Assert.Throws<DataTableComparisonException>(() => table.CompareToInstance(new AllTypes()));

        Assert.Contains("+ | Nullable Int |       |", exception.Diff, StringComparison.Ordinal);
    }

    private static Car Car(string make, int year) => new() { Make = make, Model = "any", Year = year };
}
