using System.Globalization;
using Hl7.Fhir.ElementModel;

namespace ConformanceHarness.Fhir.Terminology;

/// <summary>
/// A (system, code) pair read from a bound instance element. <see cref="System"/> is null for the
/// system-less types (<c>code</c>, <c>string</c>, <c>uri</c>), whose value may come from any system
/// of the value set; <see cref="HasSystemSlot"/> tells a Coding that omits its system apart from them.
/// </summary>
public readonly record struct CodedValue(string? System, string Code, bool HasSystemSlot)
{
    private static readonly HashSet<string> SystemlessTypes = ["code", "string", "uri"];
    private static readonly HashSet<string> QuantityTypes = ["Quantity", "SimpleQuantity", "MoneyQuantity", "Age", "Count", "Distance", "Duration"];

    public override string ToString() => System is null ? $"code '{Code}'" : $"code '{Code}' from system '{System}'";

    /// <summary>Whether bindings on this instance type are checked at all.</summary>
    public static bool IsBindable(string? instanceType) =>
        instanceType is "Coding" or "CodeableConcept" || (instanceType is not null && (SystemlessTypes.Contains(instanceType) || QuantityTypes.Contains(instanceType)));

    /// <summary>The coded values of <paramref name="node"/>: one for a code, Coding or Quantity with a code, one per coded <c>coding</c> of a CodeableConcept.</summary>
    /// <remarks>Each level's children are enumerated once: on the SDK's typed tree every enumeration builds its child nodes anew.</remarks>
    public static IReadOnlyList<CodedValue> Read(ITypedElement node) => node.InstanceType switch
    {
        "CodeableConcept" => [.. node.Children("coding").Select(FromCoding).OfType<CodedValue>()],
        var type when type is not null && SystemlessTypes.Contains(type) => Text(node.Value) is { } code ? [new(null, code, false)] : [],
        _ => FromCoding(node) is { } value ? [value] : [],
    };

    private static CodedValue? FromCoding(ITypedElement coding)
    {
        string? system = null, code = null;
        foreach (var child in coding.Children())
            if (child.Name == "system") system = Text(child.Value);
            else if (child.Name == "code") code = Text(child.Value);
        return code is null ? null : new CodedValue(system, code, true);
    }

    private static string? Text(object? value) => value is null ? null : Convert.ToString(value, CultureInfo.InvariantCulture) is { Length: > 0 } text ? text : null;
}
