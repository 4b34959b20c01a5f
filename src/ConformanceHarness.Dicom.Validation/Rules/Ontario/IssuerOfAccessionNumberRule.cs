using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Rules.Modules;

namespace ConformanceHarness.Dicom.Validation.Rules.Ontario;

/// <summary>
/// An Accession Number with a value travels with its issuer: an Issuer of Accession Number Sequence (0008,0051) item
/// naming a Local Namespace Entity ID (0040,0031) or a Universal Entity ID (0040,0032) (HL7v2 Hierarchic Designator,
/// PS3.3 Table 10-17; spec §2.3, §3.2). An accession number is not unique across facilities without it.
/// </summary>
public sealed class IssuerOfAccessionNumberRule : IInstanceRule
{
    public const string Name = "issuer-of-accession-number";

    public static readonly IssuerOfAccessionNumberRule Instance = new();

    public IEnumerable<DicomFinding> Check(InstanceContext instance)
    {
        var dataset = instance.Dataset;
        if (AttributePresence.TextOf(dataset, DicomTags.AccessionNumber).Length == 0) return [];
        var named = AttributePresence.ItemsOf(dataset, DicomTags.IssuerOfAccessionNumberSequence, TagPath.Root).Any(i =>
            AttributePresence.TextOf(i.Item, DicomTags.LocalNamespaceEntityID).Length > 0
            || AttributePresence.TextOf(i.Item, DicomTags.UniversalEntityID).Length > 0);
        return named ? []
            : [new(DicomFindingSeverity.Error, Name, DicomTags.IssuerOfAccessionNumberSequence.ToString(),
                "the Accession Number has no issuer: no Issuer of Accession Number Sequence item with a Local Namespace or Universal Entity ID")];
    }
}
