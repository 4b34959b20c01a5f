namespace ConformanceHarness.Requirements;

/// <summary>What enforces a requirement, as a catalogue names it.</summary>
public enum ImplementedByKind
{
    /// <summary><c>SD-id#element-id</c>: the findings of the element rules (cardinality, fixed, pattern, binding, slices, types) on that element.</summary>
    Element,

    /// <summary><c>invariant:key</c>: the findings of that constraint.</summary>
    Invariant,

    /// <summary><c>check:name</c>: a business rule no StructureDefinition can express, for the simulators and scenarios (the FHIR packs' BusinessChecks).</summary>
    Check,

    /// <summary><c>rule:name</c>: a rule of the DICOM conformance engine, by its name in the engine's registry.</summary>
    Rule,
}

/// <summary>
/// One <c>implementedBy</c> item of a requirement, parsed: <c>ca-on-mi-profile-patient#Patient.identifier:hcn</c>,
/// <c>invariant:on-mi-bdl-1</c>, <c>check:ambiguous-match</c> (FHIR packs), <c>rule:accession-number</c> (DICOM packs).
/// </summary>
public sealed record ImplementedBy(ImplementedByKind Kind, string Text, string Target, string? ElementId = null)
{
    public const string InvariantPrefix = "invariant:";
    public const string CheckPrefix = "check:";
    public const string RulePrefix = "rule:";

    /// <summary>The item, or null when it has none of the three forms.</summary>
    public static ImplementedBy? Parse(string text)
    {
        if (text.StartsWith(InvariantPrefix, StringComparison.Ordinal))
            return text.Length > InvariantPrefix.Length ? new(ImplementedByKind.Invariant, text, text[InvariantPrefix.Length..]) : null;
        if (text.StartsWith(CheckPrefix, StringComparison.Ordinal))
            return text.Length > CheckPrefix.Length ? new(ImplementedByKind.Check, text, text[CheckPrefix.Length..]) : null;
        if (text.StartsWith(RulePrefix, StringComparison.Ordinal))
            return text.Length > RulePrefix.Length ? new(ImplementedByKind.Rule, text, text[RulePrefix.Length..]) : null;
        var hash = text.IndexOf('#');
        return hash > 0 && hash < text.Length - 1 && text.IndexOf('#', hash + 1) < 0 && !text.Contains(' ')
            ? new(ImplementedByKind.Element, text, text[..hash], text[(hash + 1)..])
            : null;
    }

    public override string ToString() => Text;
}
