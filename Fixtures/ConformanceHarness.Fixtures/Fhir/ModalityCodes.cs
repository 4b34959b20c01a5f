using ConformanceHarness.Fixtures.Orders;

namespace ConformanceHarness.Fixtures.Fhir;

/// <summary>
/// DICOM modality codes (PS3.16 CID 29 "Acquisition Modality", CID 33 for OT) with their meanings, as FHIR Codings of
/// the DCM system, and the SNOMED CT laterality qualifiers ImagingStudy.series.laterality takes.
/// </summary>
internal static class ModalityCodes
{
    private static readonly Dictionary<string, string> Meanings = new(StringComparer.Ordinal)
    {
        ["CT"] = "Computed Tomography",
        ["MR"] = "Magnetic Resonance",
        ["CR"] = "Computed Radiography",
        ["DX"] = "Digital Radiography",
        ["US"] = "Ultrasound",
        ["MG"] = "Mammography",
        ["OT"] = "Other",
    };

    public static string Meaning(string modality) => Meanings.TryGetValue(modality, out var meaning) ? meaning
        : throw new ArgumentException($"no meaning for modality '{modality}'; known: {string.Join(", ", Meanings.Keys)}", nameof(modality));

    /// <summary>The SNOMED CT laterality qualifier (Left 7771000, Right 24028007, Bilateral 51440002), or null for none.</summary>
    public static (string Code, string Display)? Laterality(Laterality laterality) => laterality switch
    {
        Orders.Laterality.Left => ("7771000", "Left"),
        Orders.Laterality.Right => ("24028007", "Right"),
        Orders.Laterality.Both => ("51440002", "Bilateral"),
        _ => null,
    };
}
