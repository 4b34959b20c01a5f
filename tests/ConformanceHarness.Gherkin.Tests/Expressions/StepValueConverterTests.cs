using System.Globalization;
using System.Numerics;
using ConformanceHarness.Gherkin.Expressions;
using Xunit;

namespace ConformanceHarness.Gherkin.Tests.Expressions;

public sealed class StepValueConverterTests
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private enum Fruit
    {
        Apple,
        BlackBerry,
    }

    public static TheoryData<string, Type, object> Supported => new()
    {
        { "text", typeof(string), "text" },
        { "-12", typeof(sbyte), (sbyte)-12 },
        { "250", typeof(byte), (byte)250 },
        { "-3", typeof(short), (short)-3 },
        { "65535", typeof(ushort), (ushort)65535 },
        { "-7", typeof(int), -7 },
        { "4000000000", typeof(uint), 4000000000u },
        { "-9000000000", typeof(long), -9000000000L },
        { "18000000000000000000", typeof(ulong), 18000000000000000000UL },
        { "123456789012345678901234567890", typeof(BigInteger), BigInteger.Parse("123456789012345678901234567890", CultureInfo.InvariantCulture) },
        { "1.5", typeof(float), 1.5f },
        { "1,234.5", typeof(double), 1234.5d },
        { "1e3", typeof(double), 1000d },
        { "0.1", typeof(decimal), 0.1m },
        { "TRUE", typeof(bool), true },
        { "x", typeof(char), 'x' },
        { "blackberry", typeof(Fruit), Fruit.BlackBerry },
        { "6f9619ff-8b86-d011-b42d-00cf4fc964ff", typeof(Guid), new Guid("6f9619ff-8b86-d011-b42d-00cf4fc964ff") },
        { "2024-02-29 13:45:00", typeof(DateTime), new DateTime(2024, 2, 29, 13, 45, 0, DateTimeKind.Unspecified) },
        { "2024-02-29", typeof(DateOnly), new DateOnly(2024, 2, 29) },
        { "13:45", typeof(TimeOnly), new TimeOnly(13, 45) },
        { "2024-02-29T13:45:00+02:00", typeof(DateTimeOffset), new DateTimeOffset(2024, 2, 29, 13, 45, 0, TimeSpan.FromHours(2)) },
        { "1.02:03:04", typeof(TimeSpan), new TimeSpan(1, 2, 3, 4) },
        { "https://cucumber.io/docs", typeof(Uri), new Uri("https://cucumber.io/docs") },
        { "42", typeof(int?), 42 },
    };

    [Theory]
    [MemberData(nameof(Supported))]
    public void Convert_SupportedType_ReturnsTypedValue(string text, Type target, object expected)
    {
        var value = StepValueConverter.Convert(text, target, Invariant);
        Assert.Equal(expected, value);
        Assert.IsType(expected.GetType(), value);
    }

    [Theory]
    [InlineData("1,5", "de-DE", 1.5)]
    [InlineData("1.234,5", "de-DE", 1234.5)]
    [InlineData("1,5", "en-US", 15.0)]
    public void Convert_Double_UsesCulture(string text, string culture, double expected) =>
        Assert.Equal(expected, StepValueConverter.Convert(text, typeof(double), new CultureInfo(culture)));

    [Theory]
    [InlineData("x", typeof(int), "cannot convert 'x' to Int32")]
    [InlineData("300", typeof(byte), "cannot convert '300' to Byte")]
    [InlineData("1.5", typeof(long), "cannot convert '1.5' to Int64")]
    [InlineData("yes", typeof(bool), "cannot convert 'yes' to Boolean")]
    [InlineData("ab", typeof(char), "cannot convert 'ab' to Char")]
    [InlineData("Cherry", typeof(Fruit), "cannot convert 'Cherry' to Fruit: expected one of Apple, BlackBerry")]
    [InlineData("1", typeof(Fruit), "cannot convert '1' to Fruit")]
    [InlineData("x", typeof(int?), "cannot convert 'x' to Int32")]
    [InlineData("x", typeof(Version), "cannot convert 'x' to Version: no conversion")]
    public void Convert_InvalidText_ThrowsFormatExceptionNamingValueAndType(string text, Type target, string messageStart)
    {
        var exception = Assert.Throws<FormatException>(() => StepValueConverter.Convert(text, target, Invariant));
        Assert.StartsWith(messageStart, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Convert_NullOrEmptyToNullable_ReturnsNull(string? text) =>
        Assert.Null(StepValueConverter.Convert(text, typeof(int?), Invariant));

    [Fact]
    public void Convert_NullToReferenceOrValueType_ReturnsNullOrThrows()
    {
        Assert.Null(StepValueConverter.Convert(null, typeof(string), Invariant));
        var exception = Assert.Throws<FormatException>(() => StepValueConverter.Convert(null, typeof(int), Invariant));
        Assert.Equal("cannot convert null to Int32", exception.Message);
    }

    [Theory]
    [InlineData(typeof(int?), true)]
    [InlineData(typeof(DayOfWeek), true)]
    [InlineData(typeof(Version), false)]
    public void CanConvert_ReportsSupport(Type type, bool expected) =>
        Assert.Equal(expected, StepValueConverter.CanConvert(type));
}
