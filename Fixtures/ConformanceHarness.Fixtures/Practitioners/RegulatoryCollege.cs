namespace ConformanceHarness.Fixtures.Practitioners;

/// <summary>
/// An Ontario regulatory college whose registration number identifies a practitioner (ontario-dicom-ig.md §2.3:
/// "practitioners are identified by their regulatory-college licence/registration number").
/// </summary>
/// <param name="Acronym">The college's acronym, also the DICOM coding scheme designator used for its numbers (local, so prefixed 99).</param>
/// <param name="NumberDigits">How many digits the synthetic registration numbers have.</param>
public sealed record RegulatoryCollege(string Acronym, string Name, int NumberDigits)
{
    /// <summary>College of Physicians and Surgeons of Ontario: radiologists and referring physicians.</summary>
    public static readonly RegulatoryCollege Cpso = new("CPSO", "College of Physicians and Surgeons of Ontario", 6);

    /// <summary>College of Medical Radiation and Imaging Technologists of Ontario: technologists.</summary>
    public static readonly RegulatoryCollege Cmrito = new("CMRITO", "College of Medical Radiation and Imaging Technologists of Ontario", 6);

    public string CodingSchemeDesignator => "99" + Acronym;
}
