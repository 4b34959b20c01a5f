using System.Globalization;
using System.Numerics;

namespace ConformanceHarness.Gherkin.Expressions;

/// <summary>Text parsers for the scalar types <see cref="StepValueConverter"/> supports.</summary>
internal static class ScalarParsers
{
    private const NumberStyles Integer = NumberStyles.Integer;
    private const NumberStyles Floating = NumberStyles.Float | NumberStyles.AllowThousands;
    private const NumberStyles Decimal = NumberStyles.Number | NumberStyles.AllowExponent;

    public static IReadOnlyDictionary<Type, Func<string, CultureInfo, object>> All { get; } =
        new Dictionary<Type, Func<string, CultureInfo, object>>
        {
            [typeof(sbyte)] = (s, c) => sbyte.Parse(s, Integer, c),
            [typeof(byte)] = (s, c) => byte.Parse(s, Integer, c),
            [typeof(short)] = (s, c) => short.Parse(s, Integer, c),
            [typeof(ushort)] = (s, c) => ushort.Parse(s, Integer, c),
            [typeof(int)] = (s, c) => int.Parse(s, Integer, c),
            [typeof(uint)] = (s, c) => uint.Parse(s, Integer, c),
            [typeof(long)] = (s, c) => long.Parse(s, Integer, c),
            [typeof(ulong)] = (s, c) => ulong.Parse(s, Integer, c),
            [typeof(Int128)] = (s, c) => Int128.Parse(s, Integer, c),
            [typeof(UInt128)] = (s, c) => UInt128.Parse(s, Integer, c),
            [typeof(BigInteger)] = (s, c) => BigInteger.Parse(s, Integer, c),
            [typeof(Half)] = (s, c) => Half.Parse(s, Floating, c),
            [typeof(float)] = (s, c) => float.Parse(s, Floating, c),
            [typeof(double)] = (s, c) => double.Parse(s, Floating, c),
            [typeof(decimal)] = (s, c) => decimal.Parse(s, Decimal, c),
            [typeof(bool)] = (s, _) => bool.Parse(s),
            [typeof(char)] = (s, _) => s.Length == 1 ? s[0] : throw new FormatException("expected exactly one character"),
            [typeof(Guid)] = (s, _) => Guid.Parse(s),
            [typeof(DateTime)] = (s, c) => DateTime.Parse(s, c, DateTimeStyles.AllowWhiteSpaces),
            [typeof(DateOnly)] = (s, c) => DateOnly.Parse(s, c, DateTimeStyles.AllowWhiteSpaces),
            [typeof(TimeOnly)] = (s, c) => TimeOnly.Parse(s, c, DateTimeStyles.AllowWhiteSpaces),
            [typeof(DateTimeOffset)] = (s, c) => DateTimeOffset.Parse(s, c, DateTimeStyles.AllowWhiteSpaces),
            [typeof(TimeSpan)] = (s, c) => TimeSpan.Parse(s, c),
            [typeof(Uri)] = (s, _) => new Uri(s, UriKind.RelativeOrAbsolute),
        };
}
