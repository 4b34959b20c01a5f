using System.Collections.Concurrent;

using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Values;

namespace ConformanceHarness.Dicom.Validation.Rules.Values;

/// <summary>
/// <c>value-multiplicity</c>: the number of values of each element against the VM of its data dictionary entry
/// (PS3.6 Table 6-1; PS3.5 §6.4), through <see cref="DicomValueValidator.ValidateMultiplicity"/>. An empty value
/// satisfies any VM; an entry with two VMs ("1-n or 1") is satisfied by either. Elements read as UN and tags the
/// dictionary does not know (private ones without a known creator) are not judged.
/// </summary>
public sealed class ValueMultiplicityRule : ElementRule
{
    private const string Or = " or ";

    private static readonly ConcurrentDictionary<string, ValueMultiplicity[]> _parsed = new(StringComparer.Ordinal);

    protected override void CheckItem(DicomItem item, ElementScope scope, List<DicomFinding> findings)
    {
        if (item is not DicomElement element || element.Length == 0 || element.VR == DicomVR.UN) return;
        var creator = element.Tag.IsPrivate && !element.Tag.IsPrivateCreator ? scope.Dataset.GetPrivateCreator(element.Tag) : null;
        if (DicomDictionary.Lookup(element.Tag, creator) is not { ValueMultiplicity.Length: > 0 } entry) return;
        var count = Count(element, scope);
        if (Violation(element.VR, count, entry.ValueMultiplicity) is { } violation)
            findings.Add(scope.Finding(DicomFindingSeverity.Error, ValueRuleSet.ValueMultiplicity, element.Tag,
                $"{scope.Describe(element.Tag)} holds {count} value(s); the dictionary gives VM {entry.ValueMultiplicity}: {violation.Message}",
                element.VR.IsString ? ElementText.Decode(element, scope) : null));
    }

    /// <summary>
    /// Strings: backslash-separated values, counted in the bytes (no decoding, no allocation) unless a character set
    /// applies under which 5CH may be half a character; then in the decoded text.
    /// Bulk VRs (OB, OW …) hold one value; the other binary VRs one per unit.
    /// </summary>
    private static int Count(DicomElement element, ElementScope scope)
    {
        if (element.VR.CharacterSetApplies && !scope.BackslashIsAByte) return ElementText.Count(element.VR, ElementText.Decode(element, scope));
        if (element.VR.IsString)
        {
            var bytes = element.Bytes.Span.TrimEnd(" \0"u8);
            return bytes.IsEmpty ? 0 : element.VR.IsMultiValued ? bytes.Count((byte)'\\') + 1 : 1;
        }
        return element.VR.Kind == DicomVRKind.Bulk ? 1 : (int)(element.Length / Math.Max(element.VR.UnitSize, 1));
    }

    /// <summary>
    /// The validator's verdict, asked only when the parsed VM (cached per dictionary text, a few dozen of them) does not
    /// already allow the count: the common case allocates nothing.
    /// </summary>
    private static ValueViolation? Violation(DicomVR vr, int count, string multiplicity)
    {
        var alternatives = _parsed.GetOrAdd(multiplicity, Parse);
        if (alternatives.Length == 0 || count == 0) return null;
        foreach (var vm in alternatives)
            if (vm.Allows(count) && (count == 1 || vr.IsMultiValued)) return null;
        ValueViolation? first = null;
        foreach (var vm in alternatives)
        {
            var violations = DicomValueValidator.ValidateMultiplicity(vr, count, vm.ToString());
            if (violations.Count == 0) return null;
            first ??= violations[0];
        }
        return first;
    }

    /// <summary>"1-n or 1" gives both; text that is no VM gives none (not judged).</summary>
    private static ValueMultiplicity[] Parse(string multiplicity)
    {
        var alternatives = new List<ValueMultiplicity>();
        foreach (var text in multiplicity.Split(Or))
        {
            if (!ValueMultiplicity.TryParse(text, out var vm)) return [];
            alternatives.Add(vm);
        }
        return [.. alternatives];
    }
}
