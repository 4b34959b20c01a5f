namespace ConformanceHarness.Dicom.Json;

/// <summary>How a VR's value appears in the DICOM JSON Model, PS3.18 Table F.2.3-1.</summary>
internal enum DicomJsonValueKind
{
    /// <summary>JSON strings: AE AS CS DA DT LO LT SH ST TM UC UI UR UT.</summary>
    Text,

    /// <summary>Person Name objects with Alphabetic, Ideographic and Phonetic, F.2.2.</summary>
    PersonName,

    /// <summary>IS and DS: decimal strings rendered as JSON numbers.</summary>
    DecimalString,

    /// <summary>US SS UL SL FL FD SV UV: binary numbers rendered as JSON numbers.</summary>
    Number,

    /// <summary>AT: "ggggeeee" strings.</summary>
    Tag,

    /// <summary>SQ: arrays of data set objects.</summary>
    Sequence,

    /// <summary>OB OD OF OL OV OW UN: InlineBinary or BulkDataURI.</summary>
    Bulk,
}
