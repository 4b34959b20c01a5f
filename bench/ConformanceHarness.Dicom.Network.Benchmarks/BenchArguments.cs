using System.Globalization;

namespace ConformanceHarness.Dicom.Network.Benchmarks;

/// <summary><c>--name value</c> pairs after the verb; every value a verb reads is either given or has a default.</summary>
internal sealed class BenchArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public BenchArguments(IEnumerable<string> args)
    {
        string? name = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (name is not null) _flags.Add(name);
                name = arg[2..];
            }
            else if (name is not null)
            {
                _values[name] = arg;
                name = null;
            }
            else throw new ArgumentException($"unexpected argument '{arg}' (options are --name value)");
        }
        if (name is not null) _flags.Add(name);
    }

    public string Text(string name, string? fallback = null) =>
        _values.TryGetValue(name, out var value) ? value : fallback ?? throw new ArgumentException($"--{name} is required");

    public int Number(string name, int? fallback = null) =>
        _values.TryGetValue(name, out var value)
            ? int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : throw new ArgumentException($"--{name} '{value}' is not a number")
            : fallback ?? throw new ArgumentException($"--{name} is required");

    public bool Flag(string name) => _flags.Contains(name);
}
