using System.Globalization;

namespace ConformanceHarness.Gherkin.Expressions;

/// <summary>One argument of a matched step: its capture group tree and, for Cucumber Expressions, its parameter type.</summary>
public sealed class StepArgument
{
    public StepArgument(StepArgumentGroup group, ParameterType? parameterType)
    {
        ArgumentNullException.ThrowIfNull(group);
        Group = group;
        ParameterType = parameterType;
    }

    public StepArgumentGroup Group { get; }

    /// <summary>Null for regular-expression arguments.</summary>
    public ParameterType? ParameterType { get; }

    /// <summary>The values handed to <see cref="ParameterType.Transform"/>: the direct child groups, or the group itself.</summary>
    public string?[] GroupValues =>
        Group.Children.Count == 0 ? [Group.Value] : [.. Group.Children.Select(child => child.Value)];

    /// <summary>
    /// The argument converted to <paramref name="targetType"/>: through the parameter type's transform for Cucumber
    /// Expressions, through <see cref="StepValueConverter"/> for regular expressions.
    /// </summary>
    public object? GetValue(Type targetType, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(targetType);
        ArgumentNullException.ThrowIfNull(culture);
        if (ParameterType is null)
        {
            return StepValueConverter.Convert(Group.Value, targetType, culture);
        }

        return ConvertTransformed(ParameterType, ParameterType.Transform(GroupValues), targetType, culture);
    }

    private object? ConvertTransformed(ParameterType type, object? value, Type targetType, CultureInfo culture)
    {
        var target = Nullable.GetUnderlyingType(targetType) ?? targetType;
        if (value is null || target.IsInstanceOfType(value))
        {
            return value;
        }

        if (value is string text)
        {
            return StepValueConverter.Convert(text, targetType, culture);
        }

        // Built-in numeric types: convert from the matched text, which uses '.' whatever the culture, so that
        // e.g. {float} into a double parameter keeps the written digits rather than float precision.
        if (type.IsBuiltIn && Group.Value is { } matched)
        {
            return StepValueConverter.Convert(matched, targetType, CultureInfo.InvariantCulture);
        }

        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(target) && !target.IsEnum)
        {
            return System.Convert.ChangeType(value, target, culture);
        }

        throw new InvalidCastException(
            $"cannot convert {{{type.Name}}} value of type {value.GetType().Name} to {target.Name}");
    }
}
