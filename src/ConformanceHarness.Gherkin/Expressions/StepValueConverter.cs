using System.Globalization;

namespace ConformanceHarness.Gherkin.Expressions;

/// <summary>Converts step text (regex captures, transformed strings) into step method parameter types.</summary>
public static class StepValueConverter
{
    /// <summary>
    /// Converts <paramref name="value"/> to <paramref name="targetType"/>. Supports string, object, every integral and
    /// floating type, decimal, BigInteger, bool, char, enums (case-insensitive names), Guid, DateTime, DateOnly,
    /// TimeOnly, DateTimeOffset, TimeSpan, Uri and Nullable of these (null or empty text gives null).
    /// </summary>
    /// <exception cref="FormatException">The text does not convert, e.g. "cannot convert 'x' to Int32".</exception>
    public static object? Convert(string? value, Type targetType, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(targetType);
        ArgumentNullException.ThrowIfNull(culture);
        var underlying = Nullable.GetUnderlyingType(targetType);
        if (underlying is not null)
        {
            return string.IsNullOrEmpty(value) ? null : ConvertNonNull(value, underlying, culture);
        }

        if (value is null)
        {
            return targetType.IsValueType ? throw new FormatException($"cannot convert null to {targetType.Name}") : null;
        }

        return ConvertNonNull(value, targetType, culture);
    }

    /// <summary>True when <see cref="Convert"/> knows how to produce <paramref name="targetType"/>.</summary>
    public static bool CanConvert(Type targetType)
    {
        ArgumentNullException.ThrowIfNull(targetType);
        var type = Nullable.GetUnderlyingType(targetType) ?? targetType;
        return type == typeof(string) || type == typeof(object) || type.IsEnum || ScalarParsers.All.ContainsKey(type);
    }

    private static object ConvertNonNull(string value, Type type, CultureInfo culture)
    {
        if (type == typeof(string) || type == typeof(object))
        {
            return value;
        }

        if (type.IsEnum)
        {
            return ConvertEnum(value, type);
        }

        if (!ScalarParsers.All.TryGetValue(type, out var parse))
        {
            throw new FormatException($"cannot convert '{value}' to {type.Name}: no conversion from text is defined for {type.FullName}");
        }

        try
        {
            return parse(value, culture);
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or ArgumentException)
        {
            throw new FormatException($"cannot convert '{value}' to {type.Name}: {ex.Message}", ex);
        }
    }

    private static object ConvertEnum(string value, Type type)
    {
        var trimmed = value.Trim();
        var isName = trimmed.Length > 0 && !char.IsDigit(trimmed[0]) && trimmed[0] is not ('-' or '+');
        if (isName && Enum.TryParse(type, trimmed, ignoreCase: true, out var result))
        {
            return result!;
        }

        var names = string.Join(", ", Enum.GetNames(type));
        throw new FormatException($"cannot convert '{value}' to {type.Name}: expected one of {names}");
    }
}
