namespace ConformanceHarness.Dicom.Validation.Oracles;

/// <summary>
/// The classification of <c>dciodvfy</c> messages, as data: the first row whose phrase the message contains gives
/// its kind (order matters: read failures and summaries mention VRs too). Phrases are dicom3tools' own wording as
/// printed by the Debian 1.00~20220618 build.
/// </summary>
public static class DciodvfyMessageKinds
{
    public static IReadOnlyList<(string Phrase, DciodvfyMessageKind Kind)> Rows { get; } =
    [
        ("Tag read failed", DciodvfyMessageKind.DatasetRead),
        ("Illegal zero bytes where explicit Value Representation expected", DciodvfyMessageKind.DatasetRead),
        ("Dicom dataset read failed", DciodvfyMessageKind.DatasetRead),
        ("Tags out of order", DciodvfyMessageKind.DatasetRead),
        ("Dicom dataset contains", DciodvfyMessageKind.Summary),
        ("alue Multiplicity", DciodvfyMessageKind.ValueMultiplicity),
        ("value multiplicity", DciodvfyMessageKind.ValueMultiplicity),
        ("root for UID", DciodvfyMessageKind.Uid),
        ("for this VR", DciodvfyMessageKind.ValueFormat),
        ("Retired attribute", DciodvfyMessageKind.Retired),
        ("Private tag without owner", DciodvfyMessageKind.Private),
        ("not in a legal private group", DciodvfyMessageKind.Private),
        ("Bad group length", DciodvfyMessageKind.GroupLength),
        ("MediaStorage", DciodvfyMessageKind.FileMeta),
        ("Meta Information", DciodvfyMessageKind.FileMeta),
        ("FileMetaInformation", DciodvfyMessageKind.FileMeta),
        ("needed to build DICOMDIR", DciodvfyMessageKind.Other),
        ("Information Object Not found", DciodvfyMessageKind.Other),
        ("Missing attribute", DciodvfyMessageKind.Module),
        ("Module=", DciodvfyMessageKind.Module),
        ("not present in standard DICOM IOD", DciodvfyMessageKind.Module),
        ("Shall not be present", DciodvfyMessageKind.Module),
        ("defined term", DciodvfyMessageKind.Module),
        ("enumerated value", DciodvfyMessageKind.Module),
        ("Value is zero", DciodvfyMessageKind.Module),
        ("only permitted to be empty", DciodvfyMessageKind.Module),
        ("Content Item", DciodvfyMessageKind.Module),
    ];

    public static DciodvfyMessageKind Classify(string message)
    {
        foreach (var (phrase, kind) in Rows)
            if (message.Contains(phrase, StringComparison.Ordinal)) return kind;
        return DciodvfyMessageKind.Other;
    }

    /// <summary>The kind as the rule name of an oracle finding carries it: <c>dciodvfy:value-format</c>.</summary>
    public static string RuleName(DciodvfyMessageKind kind) => Dciodvfy.Source + ":" + kind switch
    {
        DciodvfyMessageKind.ValueFormat => "value-format",
        DciodvfyMessageKind.ValueMultiplicity => "value-multiplicity",
        DciodvfyMessageKind.GroupLength => "group-length",
        DciodvfyMessageKind.FileMeta => "file-meta",
        DciodvfyMessageKind.DatasetRead => "dataset-read",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
