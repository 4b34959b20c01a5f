using ConformanceHarness.Gherkin.Tables;
using ConformanceHarness.Gherkin.Tests.Tables.Models;
using Xunit;

namespace ConformanceHarness.Gherkin.Tests.Tables;

public sealed class DataTableExtensionsTests
{
    [Fact]
    public void CreateInstance_VerticalFieldValueTable_SetsProperties()
    {
        var car = TableText.Parse(
            "| Field | Value  |",
            "| Make  | Ford   |",
            "| Model | Escort |",
            "| Year  | 1999   |").CreateInstance<Car>();

        Assert.Equal(("Ford", "Escort", 1999), (car.Make, car.Model, car.Year));
    }

    [Fact]
    public void CreateInstance_HorizontalOneRowTable_SetsProperties()
    {
        var car = TableText.Parse("| Make | Model | Year |", "| VW | Golf | 2001 |").CreateInstance<Car>();

        Assert.Equal(("VW", "Golf", 2001), (car.Make, car.Model, car.Year));
    }

    [Fact]
    public void CreateInstance_PropertyValueHeader_IsVertical()
    {
        var car = TableText.Parse("| Property | Value |", "| Year | 2005 |").CreateInstance<Car>();

        Assert.Equal(2005, car.Year);
    }

    [Fact]
    public void CreateInstance_HorizontalWithTwoBodyRows_ThrowsExplainingShape()
    {
        var table = TableText.Parse("| Make | Year |", "| VW | 2001 |", "| Ford | 1999 |");

        var exception = Assert.Throws<DataTableBindingException>(() => table.CreateInstance<Car>());

        Assert.Contains("exactly one data row", exception.Message, StringComparison.Ordinal);
        Assert.Contains("2 data rows", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateInstance_NameValueHeaderNamingMembers_IsHorizontal()
    {
        var item = TableText.Parse("| Name | Value |", "| width | 12 |").CreateInstance<NameValue>();

        Assert.Equal(("width", 12), (item.Name, item.Value));
    }

    [Theory]
    [InlineData("First Name")]
    [InlineData("first_name")]
    [InlineData("FIRST-NAME")]
    [InlineData("firstname")]
    public void CreateInstance_HeaderVariants_MatchPropertyIgnoringCaseSpacesUnderscoresHyphens(string header)
    {
        var person = TableText.Parse($"| {header} | Last Name | Age |", "| Ada | Lovelace | 36 |").CreateInstance<Person>();

        Assert.Equal("Ada", person.FirstName);
    }

    [Fact]
    public void CreateInstance_Record_UsesPrimaryConstructorAndSetsExtraProperty()
    {
        var person = TableText.Parse(
            "| Field      | Value    |",
            "| Age        | 36       |",
            "| First Name | Ada      |",
            "| Last Name  | Lovelace |",
            "| Nickname   | Countess |").CreateInstance<Person>();

        Assert.Equal(new Person("Ada", "Lovelace", 36) { Nickname = "Countess" }, person);
    }

    [Fact]
    public void CreateInstance_RecordMissingConstructorColumn_ThrowsNamingParameter()
    {
        var table = TableText.Parse("| First Name | Age |", "| Ada | 36 |");

        var exception = Assert.Throws<DataTableBindingException>(() => table.CreateInstance<Person>());

        Assert.Contains("Person(FirstName, LastName, Age) needs 'LastName'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateInstance_GetOnlyPropertiesViaConstructor_BindsAndUsesParameterDefault()
    {
        var order = TableText.Parse(
            "| Id                                   | Total  | Note |",
            "| 3f2504e0-4f89-11d3-9a0c-0305e82c3301 | 12.50  | gift |").CreateInstance<Order>();

        Assert.Equal(Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301"), order.Id);
        Assert.Equal(12.50m, order.Total);
        Assert.Equal("EUR", order.Currency);
        Assert.Equal("gift", order.Note);
    }

    [Fact]
    public void CreateInstance_OptionalConstructorParameterColumn_PassesValue()
    {
        var order = TableText.Parse("| Id | Total | Currency |", $"| {Guid.Empty} | 1 | USD |").CreateInstance<Order>();

        Assert.Equal("USD", order.Currency);
    }

    [Fact]
    public void CreateInstance_Struct_SetsProperties()
    {
        var point = TableText.Parse("| X | Y |", "| 3 | -4 |").CreateInstance<Point>();

        Assert.Equal((3, -4), (point.X, point.Y));
    }

    [Fact]
    public void CreateSet_HorizontalTable_OneInstancePerBodyRow()
    {
        var cars = TableText.Parse(
            "| Make | Model  | Year |",
            "| Ford | Escort | 1999 |",
            "| VW   | Golf   | 2001 |").CreateSet<Car>();

        Assert.Equal(2, cars.Count);
        Assert.Equal(("Ford", "Escort", 1999), (cars[0].Make, cars[0].Model, cars[0].Year));
        Assert.Equal(("VW", "Golf", 2001), (cars[1].Make, cars[1].Model, cars[1].Year));
    }

    [Fact]
    public void CreateSet_Records_ConstructsEachRow()
    {
        var people = TableText.Parse(
            "| first name | last name | age |",
            "| Ada        | Lovelace  | 36  |",
            "| Alan       | Turing    | 41  |").CreateSet<Person>();

        Assert.Equal([new Person("Ada", "Lovelace", 36), new Person("Alan", "Turing", 41)], people);
    }

    [Fact]
    public void CreateSet_HeaderOnly_ReturnsEmpty()
    {
        Assert.Empty(TableText.Parse("| Make | Year |").CreateSet<Car>());
    }

    [Fact]
    public void CreateSet_SubsetOfColumns_LeavesOtherPropertiesUntouched()
    {
        var car = Assert.Single(TableText.Parse("| Year |", "| 1999 |").CreateSet<Car>());

        Assert.Equal((string.Empty, 1999), (car.Make, car.Year));
    }
}
