namespace ConformanceHarness.Dicom.Validation.Oracles;

/// <summary>What a <c>dciodvfy</c> message is about, so its findings can be set beside the rule group that covers the same ground.</summary>
public enum DciodvfyMessageKind
{
    /// <summary>A value against its VR: "Value invalid / dubious for this VR", "Length invalid for this VR", "Range invalid for this VR".</summary>
    ValueFormat,

    /// <summary>"Bad attribute Value Multiplicity" and its relatives.</summary>
    ValueMultiplicity,

    /// <summary>"Illegal root for UID", "Inappropriate example root for UID".</summary>
    Uid,

    /// <summary>"Retired attribute" (group lengths outside 0002 included).</summary>
    Retired,

    /// <summary>"Private tag without owner", "not in a legal private group".</summary>
    Private,

    /// <summary>"Bad group length".</summary>
    GroupLength,

    /// <summary>Presence, type, conditions and enumerated values of the IOD's modules ("Missing attribute Type 2 …").</summary>
    Module,

    /// <summary>File meta information and its consistency with the data set ("MediaStorageSOPInstanceUID different …").</summary>
    FileMeta,

    /// <summary>dciodvfy could not read (part of) the file ("Tag read failed", "Tags out of order").</summary>
    DatasetRead,

    /// <summary>A closing summary of other lines ("Dicom dataset contains invalid data values …").</summary>
    Summary,

    /// <summary>Anything else (DICOMDIR readiness, IOD not found …).</summary>
    Other,
}
