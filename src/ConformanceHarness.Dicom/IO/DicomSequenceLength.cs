namespace ConformanceHarness.Dicom.IO;

/// <summary>How sequences and their items are delimited when written, PS3.5 §7.5.</summary>
public enum DicomSequenceLength
{
    /// <summary>As each sequence was read (<see cref="DicomSequence.IsUndefinedLength"/>); defined for new ones.</summary>
    AsRead,

    /// <summary>Undefined length with Item and Sequence Delimitation Items.</summary>
    Undefined,

    /// <summary>Explicit byte lengths, no delimiters.</summary>
    Defined,
}
