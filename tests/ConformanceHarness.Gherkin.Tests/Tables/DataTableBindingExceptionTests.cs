using ConformanceHarness.Gherkin.Tables;
using ConformanceHarness.Gherkin.Tests.Tables.Models;
using Xunit;

namespace ConformanceHarness.Gherkin.Tests.Tables;

public sealed class DataTableBindingExceptionTests
{
    [Fact]
    public void CreateSet_UnknownColumn_ThrowsNamingColumnTypeAndProperties()
    {
        var table = TableText.Parse("| Make | Colour |", "| Ford | red |");

        var exception = Assert.Throws<DataTableBindingException>(() => table.CreateSet<Car>());

        Assert.Equal("Column 'Colour' matches no property of Car (properties: Make, Model, Year).", exception.Message);
    }

    [Fact]
    public void CreateInstance_UnknownFieldInVerticalTable_ThrowsNamingField()
    {
        var table = TableText.Parse("| Field | Value |", "| Wheels | 4 |");

        var exception = Assert.Throws<DataTableBindingException>(() => table.CreateInstance<Car>());

        Assert.StartsWith("Column 'Wheels' matches no property of Car", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateInstance_ReadOnlyPropertyColumn_ThrowsNamingProperty()
    {
        var table = TableText.Parse("| Id | Total | Revision |", $"| {Guid.Empty} | 1 | 3 |");

        var exception = Assert.Throws<DataTableBindingException>(() => table.CreateInstance<Order>());

        Assert.Contains("read-only property Order.Revision", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateSet_UnconvertibleValue_ThrowsNamingRowColumnAndValue()
    {
        var table = TableText.Parse("| Make | Year |", "| Ford | 1999 |", "| VW | soon |");

        var exception = Assert.Throws<DataTableBindingException>(() => table.CreateSet<Car>());

        Assert.StartsWith(
            "Cannot convert the value 'soon' in row 2, column 'Year' to Int32:", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateInstance_UnconvertibleValueInVerticalTable_NamesFieldRow()
    {
        var table = TableText.Parse("| Field | Value |", "| Make | Ford |", "| Year | 19x9 |");

        var exception = Assert.Throws<DataTableBindingException>(() => table.CreateInstance<Car>());

        Assert.Contains("'19x9' in row 2, column 'Year'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateInstance_UnconvertibleConstructorArgument_NamesColumn()
    {
        var table = TableText.Parse("| First Name | Last Name | Age |", "| Ada | Lovelace | old |");

        var exception = Assert.Throws<DataTableBindingException>(() => table.CreateInstance<Person>());

        Assert.Contains("'old' in row 1, column 'Age' to Int32", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Int")]
    [InlineData("Bool")]
    [InlineData("Colour")]
    [InlineData("DateTime")]
    [InlineData("Guid")]
    [InlineData("Char")]
    public void CreateInstance_EmptyCellForNonNullableValueType_ThrowsInsteadOfDefault(string column)
    {
        var table = TableText.Parse("| Field | Value |", $"| {column} | |");

        var exception = Assert.Throws<DataTableBindingException>(() => table.CreateInstance<AllTypes>());

        Assert.Contains($"column '{column}'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("empty cell", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Colour", "Purple", "expected one of Red, Green, DarkBlue")]
    [InlineData("Bool", "maybe", "expected true, false, yes or no")]
    [InlineData("Char", "ab", "exactly one character")]
    [InlineData("Byte", "256", "Byte")]
    [InlineData("Int", "1,000", "Int32")]
    [InlineData("Int", "1.5", "Int32")]
    [InlineData("NullableInt", "x", "Int32?")]
    public void CreateInstance_InvalidValue_ExplainsConversionFailure(string column, string value, string expected)
    {
        var table = TableText.Parse("| Field | Value |", $"| {column} | {value} |");

        var exception = Assert.Throws<DataTableBindingException>(() => table.CreateInstance<AllTypes>());

        Assert.Contains($"'{value}' in row 1, column '{column}'", exception.Message, StringComparison.Ordinal);
        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateInstance_TwoColumnsMappingToSameMember_Throws()
    {
        var table = TableText.Parse("| Make | make |", "| Ford | VW |");

        var exception = Assert.Throws<DataTableBindingException>(() => table.CreateInstance<Car>());

        Assert.Contains("'Make', 'make'", exception.Message, StringComparison.Ordinal);
    }
}
