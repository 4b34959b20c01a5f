namespace ConformanceHarness.Dicom.IO;

/// <summary>Group length elements (gggg,0000) outside group 0002, retired in PS3.5 §7.2.</summary>
public enum DicomGroupLengths
{
    /// <summary>Write those present, with values recomputed for the encoding written (DCMTK's default).</summary>
    Recalculate,

    /// <summary>Drop them.</summary>
    Remove,
}
