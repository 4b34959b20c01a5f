using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Values;

namespace ConformanceHarness.Dicom.Validation.Rules.Values;

/// <summary>
/// <c>uid-root</c>: the UIDs an instance's creator generates (parameter <c>tags</c>; by default Study, Series and
/// SOP Instance UID, Frame of Reference UID and Media Storage SOP Instance UID) lie under one of
/// <c>allowedRoots</c>: the facility's registered root, or <c>2.25</c> for UUID-derived UIDs (PS3.5 §B.2). Only
/// the top data set and the file meta information are looked at: UIDs in sequence items reference other instances,
/// possibly from other facilities. The Ontario spec §2.2 found no mandated root, so a pack sets the roots.
/// </summary>
public sealed class UidRootRule : IInstanceRule
{
    public const string AllowedRoots = "allowedRoots";
    public const string Tags = "tags";

    private static readonly DicomTag[] _instanceUids =
    [
        DicomTags.MediaStorageSOPInstanceUID, DicomTags.SOPInstanceUID, DicomTags.StudyInstanceUID,
        DicomTags.SeriesInstanceUID, DicomTags.FrameOfReferenceUID,
    ];

    private readonly string[] _roots;
    private readonly IReadOnlyList<DicomTag> _tags;

    private UidRootRule(string[] roots, IReadOnlyList<DicomTag> tags) => (_roots, _tags) = (roots, tags);

    /// <summary>Reads <c>allowedRoots</c> (required: UID prefixes such as <c>2.25</c>) and <c>tags</c> (optional).</summary>
    public static UidRootRule Create(RuleParameters parameters)
    {
        parameters.RejectUnknown(AllowedRoots, Tags);
        var roots = parameters.Strings(AllowedRoots);
        if (roots.Count == 0) throw new InvalidDataException($"{parameters.Where}: parameter '{AllowedRoots}' (an array of UID prefixes such as \"2.25\") is missing or empty");
        foreach (var root in roots)
            if (!DicomUid.IsValid(root.TrimEnd('.')))
                throw new InvalidDataException($"{parameters.Where}: parameter '{AllowedRoots}': '{root}' is not a UID prefix such as 2.25 or 1.2.826.0.1.3680043");
        var tags = parameters.Has(Tags) ? parameters.Tags(Tags) : _instanceUids;
        return new([.. roots.Select(root => root.TrimEnd('.'))], tags);
    }

    public IEnumerable<DicomFinding> Check(InstanceContext instance)
    {
        var findings = new List<DicomFinding>();
        foreach (var tag in _tags)
        {
            var dataset = tag.Group == 0x0002 ? instance.FileMetaInformation : instance.Dataset;
            if (!dataset.TryGetElement(tag, out var element) || element.VR != DicomVR.UI) continue;
            var scope = new ElementScope(dataset, TagPath.Root, instance.File.TransferSyntax);
            foreach (var uid in ElementText.Values(DicomVR.UI, ElementText.Decode(element, scope)))
                if (uid.Length > 0 && !IsUnderAllowedRoot(uid))
                    findings.Add(scope.Finding(DicomFindingSeverity.Error, ValueRuleSet.UidRoot, tag,
                        $"{scope.Describe(tag)} '{uid}' is not under an allowed root ({string.Join(", ", _roots)})", uid));
        }
        return findings;
    }

    private bool IsUnderAllowedRoot(string uid)
    {
        foreach (var root in _roots)
            if (uid.StartsWith(root, StringComparison.Ordinal) && (uid.Length == root.Length || uid[root.Length] == '.')) return true;
        return false;
    }
}
