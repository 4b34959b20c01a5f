namespace ConformanceHarness.Fixtures.Fhir;

/// <summary>The fullUrls of the EU document's own resources (Composition, Procedure, finding Observation), from the report's identity.</summary>
internal sealed record EuDocumentUrls(string Composition, string Procedure, string Finding)
{
    public static EuDocumentUrls For(SyntheticReport report)
    {
        var key = BusinessKeys.Composition(report);
        var study = BusinessKeys.ImagingStudy(report.Study);
        return new(key.FullUrl, FullUrls.For("Procedure", study.System, study.Value), FullUrls.For("Observation", key.System, key.Value));
    }
}
