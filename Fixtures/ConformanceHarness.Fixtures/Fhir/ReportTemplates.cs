using ConformanceHarness.Fixtures.Dicom;
using ConformanceHarness.Fixtures.Orders;

namespace ConformanceHarness.Fixtures.Fhir;

/// <summary>
/// The narrative of a first report per modality (a registry as data): a technique sentence filled from the study,
/// the modality's normal findings and a conclusion. Synthetic wording; no real report was copied.
/// </summary>
internal static class ReportTemplates
{
    private static readonly Dictionary<string, (string Technique, string Findings, string Conclusion)> ByModality = new(StringComparer.Ordinal)
    {
        ["CT"] = ("Axial CT images of the {site} were acquired", "No mass, haemorrhage or acute abnormality is seen.", "No acute abnormality on CT."),
        ["MR"] = ("Multiplanar MR sequences of the {site} were obtained", "Signal intensities are within normal limits. No focal lesion.", "Normal MR examination."),
        ["CR"] = ("Computed radiographs of the {site} were obtained", "Bones and soft tissues are unremarkable.", "No radiographic abnormality."),
        ["DX"] = ("Digital radiographs of the {site} were obtained", "No fracture, dislocation or focal opacity.", "No acute radiographic finding."),
        ["US"] = ("Real-time ultrasound of the {site} was performed", "Normal echotexture. No focal lesion or collection.", "Unremarkable ultrasound."),
        ["MG"] = ("Standard mammographic views of the {site} were obtained", "Scattered fibroglandular densities. No suspicious mass or calcification.", "BI-RADS 1: negative."),
        ["SC"] = ("Outside images of the {site} were digitized for comparison", "Digitized images are of diagnostic quality and show no acute finding.", "No acute finding on the outside images."),
    };

    public static ReportText For(SyntheticStudy study)
    {
        var order = study.Order;
        var (technique, findings, conclusion) = ByModality.TryGetValue(order.Modality, out var template) ? template
            : throw new ArgumentException($"no report template for modality '{order.Modality}'", nameof(study));
        var site = SiteText(order).ToLowerInvariant();
        var series = study.Series.Count == 1 ? "1 series" : $"{study.Series.Count} series";
        return new ReportText($"{order.Procedure.Display}. Indication: {order.Reason}. {technique.Replace("{site}", site, StringComparison.Ordinal)} "
            + $"({series}, {study.InstanceCount} images). {findings}", conclusion);
    }

    /// <summary>The body site with its laterality, e.g. "Left Knee".</summary>
    public static string SiteText(ImagingOrder order) => order.Laterality switch
    {
        Laterality.Left => "Left " + order.Procedure.Site.Meaning,
        Laterality.Right => "Right " + order.Procedure.Site.Meaning,
        Laterality.Both => "Both " + order.Procedure.Site.Meaning,
        _ => order.Procedure.Site.Meaning,
    };
}
