using System.CommandLine.Parsing;
using System.Globalization;

namespace ConformanceHarness.Cli.Commands.Dicom.Network;

/// <summary>Checks on the DICOM network options; each failure becomes one parse error line naming the option and value.</summary>
internal static class NetworkOptionValidators
{
    /// <summary>PS3.5 Table 6.2-1, AE: 1 to 16 characters of the default repertoire, no backslash or control
    /// characters, not all spaces.</summary>
    public static void AeTitle(OptionResult result)
    {
        var value = result.GetValueOrDefault<string>() ?? "";
        if (DescribeBadAeTitle(value) is { } problem) result.AddError($"{result.Option.Name} '{value}' {problem}");
    }

    public static string? DescribeBadAeTitle(string value) =>
        value.Trim().Length == 0 ? "is empty; an AE title has 1 to 16 characters"
        : value.Length > 16 ? $"has {value.Length} characters; an AE title has at most 16"
        : value.Any(c => c == '\\' || char.IsControl(c) || c > '~') ? "may not contain backslashes, control or non-ASCII characters"
        : null;

    public static void Port(ArgumentResult result)
    {
        if (Converts(result.GetValueOrDefault<int>, out var port)) RequirePort(port, 1, error => result.AddError(error));
    }

    /// <summary>--port of a listener: 0 lets the system choose.</summary>
    public static void ListenPort(OptionResult result)
    {
        if (TryGetValue<int>(result, out var port)) RequirePort(port, 0, error => result.AddError(error));
    }

    public static void Seconds(OptionResult result)
    {
        if (!TryGetValue<double>(result, out var value)) return;
        if (value is <= 0 or > 86400 || double.IsNaN(value))
            result.AddError($"{result.Option.Name} must be a number of seconds above 0 and at most 86400, but was {Text(value)}");
    }

    /// <summary>The maximum length sub-item (PS3.8 D.1): 0 means unlimited; below 1024 bytes nothing useful fits.</summary>
    public static void MaximumPduLength(OptionResult result)
    {
        if (!TryGetValue<long>(result, out var value)) return;
        if (value != 0 && value is < 1024 or > uint.MaxValue)
            result.AddError($"{result.Option.Name} must be 0 (unlimited) or 1024 to {uint.MaxValue} bytes, but was {Text(value)}");
    }

    public static void AtLeastOne(OptionResult result)
    {
        if (!TryGetValue<int?>(result, out var value) || value is not { } number) return;
        if (number < 1) result.AddError($"{result.Option.Name} must be at least 1, but was {Text(number)}");
    }

    private static void RequirePort(int port, int minimum, Action<string> error)
    {
        if (port < minimum || port > 65535) error($"port {Text(port)} is out of range ({minimum} to 65535)");
    }

    private static string Text(IFormattable value) => value.ToString(null, CultureInfo.InvariantCulture);

    /// <summary>A value that does not convert already has the parser's own error; do not add a second one.</summary>
    private static bool TryGetValue<T>(OptionResult result, out T? value) => Converts(result.GetValueOrDefault<T>, out value);

    private static bool Converts<T>(Func<T?> get, out T? value)
    {
        try
        {
            value = get();
            return true;
        }
        catch (InvalidOperationException)
        {
            value = default;
            return false;
        }
    }
}
