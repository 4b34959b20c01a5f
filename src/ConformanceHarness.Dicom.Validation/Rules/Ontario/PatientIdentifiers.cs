using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Rules.Modules;

namespace ConformanceHarness.Dicom.Validation.Rules.Ontario;

/// <summary>
/// Where a patient identifier sits (the top-level Patient ID, and each Other Patient IDs Sequence (0010,1002) item)
/// and who issued it: Issuer of Patient ID (0010,0021), else the Universal Entity ID (0040,0032) of the Issuer of
/// Patient ID Qualifiers Sequence (0010,0024) (PS3.3 Table 10-18). An identifier is an Ontario HCN when its issuer is
/// one of the HCN issuers a pack row names (the Ontario convention is unknown, spec §8 item 4).
/// </summary>
public static class PatientIdentifiers
{
    /// <summary>The data sets holding a Patient ID: the instance itself, then each Other Patient IDs item, with paths.</summary>
    public static IEnumerable<(DicomDataset Item, string Path)> Holders(DicomDataset dataset) =>
        new[] { (dataset, TagPath.Root) }.Concat(AttributePresence.ItemsOf(dataset, DicomTags.OtherPatientIDsSequence, TagPath.Root));

    public static string Value(DicomDataset item) => AttributePresence.TextOf(item, DicomTags.PatientID);

    /// <summary>Every issuer the item names: Issuer of Patient ID, and each qualifier's Universal Entity ID.</summary>
    public static IEnumerable<string> Issuers(DicomDataset item)
    {
        if (AttributePresence.TextOf(item, DicomTags.IssuerOfPatientID) is { Length: > 0 } issuer) yield return issuer;
        foreach (var (qualifier, _) in AttributePresence.ItemsOf(item, DicomTags.IssuerOfPatientIDQualifiersSequence, TagPath.Root))
            if (AttributePresence.TextOf(qualifier, DicomTags.UniversalEntityID) is { Length: > 0 } universal) yield return universal;
    }

    public static bool HasIssuer(DicomDataset item) => Issuers(item).Any();

    public static bool IsHcn(DicomDataset item, IReadOnlyCollection<string> hcnIssuers) => Issuers(item).Any(hcnIssuers.Contains);

    /// <summary>The identifiers with a value whose issuer is an HCN issuer, with the path of their Patient ID.</summary>
    public static IEnumerable<(string Value, string Path)> Hcns(DicomDataset dataset, IReadOnlyCollection<string> hcnIssuers) =>
        Holders(dataset).Where(h => Value(h.Item).Length > 0 && IsHcn(h.Item, hcnIssuers))
            .Select(h => (Value(h.Item), TagPath.Of(h.Path, DicomTags.PatientID)));

    /// <summary>Parameter <c>hcnIssuers</c> of a row: the issuer strings or URIs that mark an HCN; at least one.</summary>
    public static IReadOnlyList<string> HcnIssuers(RuleParameters parameters) =>
        parameters.Strings("hcnIssuers") is { Count: > 0 } issuers ? issuers
        : throw new InvalidDataException($"{parameters.Where}: parameter 'hcnIssuers' (an array of strings) is missing or empty");
}
