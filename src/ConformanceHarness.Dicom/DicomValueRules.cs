using ConformanceHarness.Dicom.Values;

namespace ConformanceHarness.Dicom;

/// <summary>
/// Refuses values a setter is given that break the VR's rules (PS3.5 §6.2: repertoire, format,
/// maximum length) or the dictionary's value multiplicity (PS3.6), naming tag, VR and the rule.
/// </summary>
internal static class DicomValueRules
{
    public static void CheckStrings(DicomTag tag, DicomVR vr, IReadOnlyList<string> values)
    {
        if (!vr.IsString) throw Broken(tag, vr, "takes binary values, not strings; use a numeric AddOrUpdate overload");
        var multiplicity = DicomDictionary.Lookup(tag)?.ValueMultiplicity ?? "1-n";
        var violations = DicomValueValidator.ValidateMultiplicity(vr, values.Count, multiplicity)
            .Concat(values.SelectMany(value => DicomValueValidator.Validate(vr, value)))
            .ToList();
        if (vr.IsMultiValued && values.FirstOrDefault(value => value.Contains('\\')) is { } joined)
            throw Broken(tag, vr, $"value '{joined}' contains a backslash, the value separator");
        if (violations.Count > 0) throw Broken(tag, vr, string.Join("; ", violations.Select(v => $"{v.Code}: {v.Message}")));
    }

    public static ArgumentException Broken(DicomTag tag, DicomVR vr, string rule) => new($"{tag} {vr}: {rule}", "values");
}
