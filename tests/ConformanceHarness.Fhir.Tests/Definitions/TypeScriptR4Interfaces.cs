using System.Text.RegularExpressions;

namespace ConformanceHarness.Fhir.Tests.Definitions;

/// <summary>
/// The element names of every R4 resource, datatype and backbone element as the DefinitelyTyped <c>@types/fhir</c>
/// <c>r4.d.ts</c> declares them (an interface per element group, choice elements spelled out as <c>valueString</c> …,
/// <c>_name</c> properties for primitive extensions, <c>readonly resourceType</c> for the JSON discriminator; both left
/// out), inherited properties included. An independent source to check
/// the core package against.
/// </summary>
public sealed partial class TypeScriptR4Interfaces
{
    private readonly Dictionary<string, (string? Base, List<string> Own)> _interfaces = [];

    public TypeScriptR4Interfaces(string dtsPath)
    {
        string? current = null;
        foreach (var line in File.ReadLines(dtsPath))
        {
            if (InterfaceLine().Match(line) is { Success: true } start)
                _interfaces[current = start.Groups[1].Value] = (start.Groups[2].Success ? start.Groups[2].Value : null, []);
            else if (line.StartsWith('}')) current = null;
            else if (current is not null && PropertyLine().Match(line) is { Success: true } property && !property.Groups[1].Value.StartsWith('_')
                && !line.Contains("readonly resourceType", StringComparison.Ordinal))
                _interfaces[current].Own.Add(property.Groups[1].Value);
        }
    }

    public static string? Locate(string toolsFolder) =>
        Path.Combine(toolsFolder, "node_modules", "@types", "fhir", "r4.d.ts") is var path && File.Exists(path) ? path : null;

    /// <summary>The element names of <paramref name="interfaceName"/> with those it inherits, or null when there is no such interface.</summary>
    public IReadOnlySet<string>? Elements(string interfaceName)
    {
        if (!_interfaces.ContainsKey(interfaceName)) return null;
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (string? name = interfaceName; name is not null && _interfaces.TryGetValue(name, out var declared); name = declared.Base)
            names.UnionWith(declared.Own);
        return names;
    }

    [GeneratedRegex(@"^export interface (\w+)(?: extends (\w+))? \{")]
    private static partial Regex InterfaceLine();

    [GeneratedRegex(@"^  (?:readonly )?(\w+)\??:")]
    private static partial Regex PropertyLine();
}
