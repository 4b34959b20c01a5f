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

    [Fact]
    public void CreateInstance_NumericTypes_ConvertWithInvariantCulture()
    {
        var value = TableText.Parse(
            "| Field   | Value                |",
            "| Byte    | 255                  |",
            "| SByte   | -128                 |",
            "| Short   | -32768               |",
            "| UShort  | 65535                |",
            "| Int     | -42                  |",
            "| UInt    | 4294967295           |",
            "| Long    | -9000000000          |",
            "| ULong   | 18446744073709551615 |",
            "| Float   | 1.5                  |",
            "| Double  | -2.25e3              |",
            "| Decimal | 1234.5678            |").CreateInstance<AllTypes>();

        Assert.Equal((byte)255, value.Byte);
        Assert.Equal((sbyte)-128, value.SByte);
        Assert.Equal(short.MinValue, value.Short);
        Assert.Equal(ushort.MaxValue, value.UShort);
        Assert.Equal(-42, value.Int);
        Assert.Equal(uint.MaxValue, value.UInt);
        Assert.Equal(-9_000_000_000L, value.Long);
        Assert.Equal(ulong.MaxValue, value.ULong);
        Assert.Equal(1.5f, value.Float);
        Assert.Equal(-2250d, value.Double);
        Assert.Equal(1234.5678m, value.Decimal);
    }

    [Fact]
    public void CreateInstance_TextDateAndIdentityTypes_ConvertWithInvariantCulture()
    {
        var value = TableText.Parse(
            "| Field          | Value                                |",
            "| Text           | hello world                          |",
            "| Char           | x                                    |",
            "| Guid           | 3f2504e0-4f89-11d3-9a0c-0305e82c3301 |",
            "| DateTime       | 2024-02-29 13:45:00                  |",
            "| DateOnly       | 2024-02-29                           |",
            "| TimeOnly       | 23:59:58                             |",
            "| DateTimeOffset | 2024-02-29T13:45:00+02:00            |",
            "| TimeSpan       | 1.02:03:04                           |",
            "| Uri            | https://example.org/a?b=c            |").CreateInstance<AllTypes>();

        Assert.Equal("hello world", value.Text);
        Assert.Equal('x', value.Char);
        Assert.Equal(Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301"), value.Guid);
        Assert.Equal(new DateTime(2024, 2, 29, 13, 45, 0), value.DateTime);
        Assert.Equal(new DateOnly(2024, 2, 29), value.DateOnly);
        Assert.Equal(new TimeOnly(23, 59, 58), value.TimeOnly);
        Assert.Equal(new DateTimeOffset(2024, 2, 29, 13, 45, 0, TimeSpan.FromHours(2)), value.DateTimeOffset);
        Assert.Equal(new TimeSpan(1, 2, 3, 4), value.TimeSpan);
        Assert.Equal(new Uri("https://example.org/a?b=c"), value.Uri);
    }

    [Fact]
    public void CreateInstance_UnderCommaDecimalCulture_StillUsesInvariantCulture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            var value = TableText.Parse("| Decimal | Double | DateOnly   |", "| 1.25 | 0.5 | 2024-12-01 |")
                .CreateInstance<AllTypes>();

            Assert.Equal((1.25m, 0.5d, new DateOnly(2024, 12, 1)), (value.Decimal, value.Double, value.DateOnly));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("Yes", true)]
    [InlineData("false", false)]
    [InlineData("no", false)]
    [InlineData("NO", false)]
    public void CreateInstance_BooleanWords_Convert(string text, bool expected)
    {
        Assert.Equal(expected, TableText.Parse("| Bool |", $"| {text} |").CreateInstance<AllTypes>().Bool);
    }

    [Theory]
    [InlineData("red", Colour.Red)]
    [InlineData("GREEN", Colour.Green)]
    [InlineData("Dark Blue", Colour.DarkBlue)]
    [InlineData("darkblue", Colour.DarkBlue)]
    public void CreateInstance_EnumText_MatchesIgnoringCaseAndSpaces(string text, Colour expected)
    {
        Assert.Equal(expected, TableText.Parse("| Colour |", $"| {text} |").CreateInstance<AllTypes>().Colour);
    }

    [Fact]
    public void CreateInstance_EmptyCellsForNullables_AreNull()
    {
        var value = TableText.Parse(
            "| Nullable Int | Nullable Colour | Nullable Date Time | Nullable Bool | Uri | Text |",
            "|              |                 |                    |               |     |      |").CreateInstance<AllTypes>();

        Assert.Null(value.NullableInt);
        Assert.Null(value.NullableColour);
        Assert.Null(value.NullableDateTime);
        Assert.Null(value.NullableBool);
        Assert.Null(value.Uri);
        Assert.Equal(string.Empty, value.Text);
    }

    [Fact]
    public void CreateInstance_FilledNullables_ConvertUnderlyingType()
    {
        var value = TableText.Parse(
            "| NullableInt | NullableColour | NullableDateTime | NullableBool |",
            "| 7           | green          | 2020-01-02       | no           |").CreateInstance<AllTypes>();

        Assert.Equal(7, value.NullableInt);
        Assert.Equal(Colour.Green, value.NullableColour);
        Assert.Equal(new DateTime(2020, 1, 2), value.NullableDateTime);
        Assert.False(value.NullableBool);
    }
}
