namespace ConformanceHarness.Fixtures.Orders;

/// <summary>
/// A body site as DICOM and FHIR both name it: the Body Part Examined defined term (PS3.16 Annex L) and its SNOMED CT
/// concept (<c>SCT</c> in DICOM, <c>http://snomed.info/sct</c> in FHIR). <see cref="Paired"/> sites need a laterality.
/// </summary>
public sealed record BodySite(string BodyPartExamined, string SnomedCode, string Meaning, bool Paired = false)
{
    public static readonly BodySite Head = new("HEAD", "69536005", "Head");
    public static readonly BodySite Brain = new("BRAIN", "12738006", "Brain");
    public static readonly BodySite Chest = new("CHEST", "51185008", "Thorax");
    public static readonly BodySite Abdomen = new("ABDOMEN", "113345001", "Abdomen");
    public static readonly BodySite LumbarSpine = new("LSPINE", "122496007", "Lumbar spine");
    public static readonly BodySite Knee = new("KNEE", "72696002", "Knee", Paired: true);
    public static readonly BodySite Shoulder = new("SHOULDER", "16982005", "Shoulder", Paired: true);
    public static readonly BodySite Hand = new("HAND", "85562004", "Hand", Paired: true);
    public static readonly BodySite Breast = new("BREAST", "76752008", "Breast", Paired: true);
    public static readonly BodySite Thyroid = new("THYROID", "69748006", "Thyroid");
}
