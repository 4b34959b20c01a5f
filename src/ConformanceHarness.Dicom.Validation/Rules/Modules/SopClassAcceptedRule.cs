using ConformanceHarness.Dicom.Validation.Engine;

namespace ConformanceHarness.Dicom.Validation.Rules.Modules;

/// <summary>
/// The SOP Class UID (0008,0016) names a Storage SOP class (PS3.4 Annex B, the registry from <c>sops.json</c>) and, when
/// the row lists them in parameter <c>accepted</c>, one the archive accepts (spec §3.5, §4.3).
/// </summary>
public sealed class SopClassAcceptedRule(IReadOnlySet<string> accepted) : IInstanceRule
{
    public const string Name = "sop-class-accepted";

    public static IInstanceRule Create(RuleParameters parameters)
    {
        parameters.RejectUnknown("accepted");
        return new SopClassAcceptedRule(parameters.Strings("accepted").ToHashSet(StringComparer.Ordinal));
    }

    public IEnumerable<DicomFinding> Check(InstanceContext instance)
    {
        var path = DicomTags.SOPClassUID.ToString();
        if (!instance.Dataset.TryGetString(DicomTags.SOPClassUID, out var sopClass) || sopClass.Length == 0)
            return [new(DicomFindingSeverity.Error, Name, path, "SOP Class UID is missing, so the storage class cannot be told")];
        if (!DicomUids.IsStorageSopClass(sopClass))
            return [new(DicomFindingSeverity.Error, Name, path, $"{Describe(sopClass)} is not a Storage SOP class", sopClass)];
        if (accepted.Count > 0 && !accepted.Contains(sopClass))
            return [new(DicomFindingSeverity.Error, Name, path, $"{Describe(sopClass)} is not one of the {accepted.Count} storage classes the archive accepts", sopClass)];
        return [];
    }

    private static string Describe(string uid) => DicomUids.Lookup(uid) is { } entry ? $"SOP class {entry.Name}" : $"SOP class {uid} (unregistered)";
}
