namespace ConformanceHarness.Fixtures.Orders;

/// <summary>
/// An orderable imaging procedure in the harness's synthetic local code system (designator <see cref="CodingScheme"/>,
/// "99" marks a private scheme, PS3.3 8.2.1; stable per contributor as ontario-dicom-ig.md §2.3 asks).
/// </summary>
public sealed record ImagingProcedure(string Code, string Display, string Modality, BodySite Site, IReadOnlyList<string> Reasons)
{
    public const string CodingScheme = "99HXPROC";

    /// <summary>The FHIR system of the same codes (synthetic, under the Ontario local code-system base).</summary>
    public const string SystemUri = "http://ontariohealth.ca/fhir/CodeSystem/synthetic-imaging-procedure";
}
