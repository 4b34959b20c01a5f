using System.Globalization;
using System.Numerics;

namespace ConformanceHarness.Gherkin.Expressions;

/// <summary>The parameter types every <see cref="ParameterTypeRegistry"/> starts with.</summary>
internal static class BuiltInParameterTypes
{
    internal const string IntegerRegex = @"-?\d+";
    internal const string UnsignedIntegerRegex = @"\d+";
    internal const string FloatRegex = @"(?=.*\d.*)[-+]?\d*(?:\.(?=\d.*))?\d*(?:\d+[E][+-]?\d+)?";
    internal const string WordRegex = @"[^\s]+";
    internal const string StringRegex = @"""([^""\\]*(\\.[^""\\]*)*)""|'([^'\\]*(\\.[^'\\]*)*)'";
    internal const string AnonymousRegex = ".*";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static IEnumerable<ParameterType> Create()
    {
        yield return Integer("int", typeof(int), s => int.Parse(s, NumberStyles.Integer, Invariant), snippets: true);
        yield return Floating("float", typeof(float), s => float.Parse(s, NumberStyles.Float, Invariant), snippets: true);
        yield return new ParameterType("word", [WordRegex], typeof(string), v => v[0], false, false, true);
        yield return new ParameterType("string", [StringRegex], typeof(string), UnescapeString, true, false, true);
        yield return new ParameterType(string.Empty, [AnonymousRegex], typeof(object), v => v[0], false, true, true);
        yield return Floating("double", typeof(double), s => double.Parse(s, NumberStyles.Float, Invariant));
        yield return Floating("bigdecimal", typeof(decimal), s => decimal.Parse(s, NumberStyles.Float, Invariant));
        yield return Integer("byte", typeof(sbyte), s => sbyte.Parse(s, NumberStyles.Integer, Invariant));
        yield return Integer("short", typeof(short), s => short.Parse(s, NumberStyles.Integer, Invariant));
        yield return Integer("long", typeof(long), s => long.Parse(s, NumberStyles.Integer, Invariant));
        yield return Integer("biginteger", typeof(BigInteger), s => BigInteger.Parse(s, NumberStyles.Integer, Invariant));
    }

    private static ParameterType Integer(string name, Type type, Func<string, object> parse, bool snippets = false) =>
        new(name, [IntegerRegex, UnsignedIntegerRegex], type, v => ParseFirst(v, parse), snippets, snippets, true);

    private static ParameterType Floating(string name, Type type, Func<string, object> parse, bool snippets = false) =>
        new(name, [FloatRegex], type, v => ParseFirst(v, parse), snippets, false, true);

    private static object? ParseFirst(string?[] values, Func<string, object> parse) =>
        values.Length == 0 || values[0] is null ? null : parse(values[0]!);

    private static object UnescapeString(string?[] values)
    {
        var content = values.FirstOrDefault(v => v is not null) ?? string.Empty;
        return content.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\'", "'", StringComparison.Ordinal);
    }
}
