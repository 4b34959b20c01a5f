using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Rules.Modules;

namespace ConformanceHarness.Dicom.Validation.Rules.Ontario;

/// <summary>
/// An Accession Number (0008,0050) in a Request Attributes Sequence (0040,0275) item equals the top-level one: the
/// order linkage at series level agrees with the study's (spec §3.3; IHE RAD TF-2x Appendix A).
/// </summary>
public sealed class RequestAccessionRule : IInstanceRule
{
    public const string Name = "request-accession";

    public static readonly RequestAccessionRule Instance = new();

    public IEnumerable<DicomFinding> Check(InstanceContext instance)
    {
        var expected = AttributePresence.TextOf(instance.Dataset, DicomTags.AccessionNumber);
        foreach (var (item, path) in AttributePresence.ItemsOf(instance.Dataset, DicomTags.RequestAttributesSequence, TagPath.Root))
        {
            if (!item.TryGetString(DicomTags.AccessionNumber, out var value) || value.Trim() == expected) continue;
            yield return new(DicomFindingSeverity.Error, Name, TagPath.Of(path, DicomTags.AccessionNumber),
                $"expected the study's Accession Number '{expected}', but the request item holds '{value.Trim()}'", value.Trim());
        }
    }
}
