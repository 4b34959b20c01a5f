using System.Globalization;
using System.Numerics;
using System.Reflection;

namespace ConformanceHarness.Gherkin.Tables;

/// <summary>Converts table cell text to property and parameter types using the invariant culture.</summary>
internal static class CellConverter
{
    /// <summary>Converts <paramref name="field"/>'s value or throws an exception naming row, column and value.</summary>
    public static object? Convert(TableField field, Type target)
    {
        if (TryConvert(field.Value, target, out var value, out var error))
        {
            return value;
        }

        throw new DataTableBindingException(
            $"Cannot convert the value '{field.Value}' in row {field.Row}, column '{field.Column}' to {Describe(target)}: {error}");
    }

    public static bool TryConvert(string text, Type target, out object? value, out string? error)
    {
        value = null;
        error = null;
        var underlying = Nullable.GetUnderlyingType(target);
        if (target == typeof(string))
        {
            value = text;
            return true;
        }

        if (text.Length == 0)
        {
            var allowsNull = underlying is not null || !target.IsValueType;
            error = allowsNull ? null : $"an empty cell has no value; use {Describe(target)}? to allow empty cells.";
            return allowsNull;
        }

        try
        {
            value = ConvertNonEmpty(text, underlying ?? target);
            return true;
        }
        catch (Exception exception) when (exception is FormatException or OverflowException or ArgumentException)
        {
            error = exception.Message;
            return false;
        }
    }

    public static string Describe(Type type) =>
        Nullable.GetUnderlyingType(type) is { } underlying ? $"{underlying.Name}?" : type.Name;

    private static object ConvertNonEmpty(string text, Type type)
    {
        if (type == typeof(bool))
        {
            return ParseBoolean(text);
        }

        if (type == typeof(char))
        {
            return text.Length == 1 ? text[0] : throw new FormatException("expected exactly one character.");
        }

        if (type.IsEnum)
        {
            return ParseEnum(text, type);
        }

        if (type == typeof(Uri))
        {
            return Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out var uri)
                ? uri
                : throw new FormatException("not a valid URI.");
        }

        return ParseWithCulture(text, type);
    }

    private static bool ParseBoolean(string text) => text.Trim().ToUpperInvariant() switch
    {
        "TRUE" or "YES" => true,
        "FALSE" or "NO" => false,
        _ => throw new FormatException("expected true, false, yes or no."),
    };

    private static object ParseEnum(string text, Type type)
    {
        var wanted = text.Replace(" ", string.Empty, StringComparison.Ordinal);
        var name = Enum.GetNames(type).FirstOrDefault(n => string.Equals(n, wanted, StringComparison.OrdinalIgnoreCase));
        return name is not null
            ? Enum.Parse(type, name)
            : throw new FormatException($"expected one of {string.Join(", ", Enum.GetNames(type))}.");
    }

    private static object ParseWithCulture(string text, Type type)
    {
        var styles = NumberStylesFor(type);
        var method = styles is not null
            ? type.GetMethod("Parse", [typeof(string), typeof(NumberStyles), typeof(IFormatProvider)])
            : type.GetMethod("Parse", [typeof(string), typeof(IFormatProvider)]);
        if (method is null || !method.IsStatic || method.ReturnType != type)
        {
            throw new ArgumentException($"the type {type.Name} is not supported in data tables.");
        }

        object?[] arguments = styles is { } s
            ? [text, s, CultureInfo.InvariantCulture]
            : [text, CultureInfo.InvariantCulture];
        try
        {
            return method.Invoke(null, arguments)!;
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            throw exception.InnerException is FormatException or OverflowException or ArgumentException
                ? exception.InnerException
                : new FormatException(exception.InnerException.Message, exception.InnerException);
        }
    }

    private static NumberStyles? NumberStylesFor(Type type)
    {
        var numeric = type.GetInterfaces().Where(i => i.IsGenericType).Select(i => i.GetGenericTypeDefinition()).ToArray();
        if (numeric.Contains(typeof(IBinaryInteger<>)))
        {
            return NumberStyles.Integer;
        }

        return numeric.Contains(typeof(IFloatingPoint<>)) ? NumberStyles.Float : null;
    }
}
