namespace ConformanceHarness.Fixtures.Population;

/// <summary>A person's name in the parts DICOM PN (PS3.5 §6.2.1.1) and FHIR HumanName share.</summary>
public sealed record PersonName(string Family, string Given, string? Prefix = null)
{
    /// <summary>True when any part needs more than ASCII, so DICOM needs a Specific Character Set.</summary>
    public bool IsAscii => Ascii(Family) && Ascii(Given) && Ascii(Prefix ?? "");

    /// <summary>The DICOM PN value: <c>Family^Given</c>, with the prefix in the fourth component when there is one.</summary>
    public string ToDicom() => Prefix is null ? $"{Family}^{Given}" : $"{Family}^{Given}^^{Prefix}";

    public override string ToString() => Prefix is null ? $"{Given} {Family}" : $"{Prefix} {Given} {Family}";

    private static bool Ascii(string text) => text.All(char.IsAscii);
}
