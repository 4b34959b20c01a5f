using OntarioHcn = ConformanceHarness.Dicom.Validation.Rules.Ontario.HealthCardNumber;

namespace ConformanceHarness.Fixtures.Population;

/// <summary>
/// An Ontario health card number: the permanent 10-digit health number and the card's version code (two letters).
/// </summary>
/// <remarks>
/// <para>Source: ontario-dicom-ig.md §3.6, citing [ON-OLD] the MOHLTC <i>Health Card Validation Reference Manual</i>
/// (copy at https://pdfslide.net/documents/health-card-validation-reference-manual-health-card-validation-reference-manual.html).
/// The health number is 10 digits; the version code is alphabetic, normally 2 letters, and changes when a card is
/// reissued (it is card state, not identity, so it never travels in the DICOM Patient ID).</para>
/// <para>Check digit, as the manual's check is commonly described — the Luhn "mod 10, double every other digit" method
/// over the first nine digits, the tenth digit being the check digit:</para>
/// <list type="number">
/// <item>take digits 1–9 of the health number;</item>
/// <item>double the digits in odd positions (1st, 3rd, 5th, 7th, 9th); a doubled value above 9 is replaced by the sum
/// of its two digits (the same as subtracting 9);</item>
/// <item>add those results and the digits in even positions (2nd, 4th, 6th, 8th) unchanged;</item>
/// <item>the check digit is (10 − (sum mod 10)) mod 10.</item>
/// </list>
/// <para><b>Partially known.</b> The spec file records the mod-10 check digit as "commonly described" and
/// <b>unverified</b> — we have not read the manual's own worked example, so the validators must treat a wrong digit as
/// a warning, not an error. What is certain: 10 digits, 2-letter version code. Every number generated here is
/// synthetic (drawn from the world's seed) and belongs to no one.</para>
/// </remarks>
public sealed record HealthCardNumber(string HealthNumber, string VersionCode)
{
    public const int Length = 10;

    /// <summary>The Infoway naming system of the Ontario HCN, ontario-fhir-ig.md §10.</summary>
    public const string SystemUri = "https://fhir.infoway-inforoute.ca/NamingSystem/ca-on-patient-hcn";

    /// <summary>
    /// The local namespace used as Issuer of Patient ID for the HCN item. The real Ontario DICOM convention is unknown
    /// (ontario-dicom-ig.md §2.3); the universal issuer (<see cref="SystemUri"/>, type URI) is what identifies it.
    /// </summary>
    public const string IssuerOfPatientId = "CA-ON-HCN";

    /// <summary>HL7 table 0203 "jurisdictional health number", suggested for the HCN by ontario-dicom-ig.md §3.1.</summary>
    public const string IdentifierTypeCode = "JHN";

    /// <summary>The check digit of nine leading digits (see the remarks): the DICOM rule engine's, so generator and validator agree by construction.</summary>
    public static int CheckDigit(ReadOnlySpan<char> firstNine) => OntarioHcn.CheckDigit(firstNine);

    /// <summary>True when <paramref name="healthNumber"/> is 10 digits whose last is the check digit of the first nine.</summary>
    public static bool IsValid(string healthNumber) => OntarioHcn.HasValidCheckDigit(healthNumber);

    /// <summary>True for a version code of exactly two letters A–Z.</summary>
    public static bool IsValidVersionCode(string versionCode) =>
        versionCode.Length == 2 && versionCode.All(c => c is >= 'A' and <= 'Z');

    /// <summary>"1234567897-AB": how the card prints them side by side (never a DICOM or FHIR identifier value).</summary>
    public override string ToString() => $"{HealthNumber}-{VersionCode}";

}
