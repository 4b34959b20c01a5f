namespace ConformanceHarness.Dicom;

/// <summary>A data set does not hold what was asked for: a missing tag, no value, or a value of another type.</summary>
public sealed class DicomDataException(string message, DicomTag tag, Exception? inner = null) : Exception(message, inner)
{
    public DicomTag Tag { get; } = tag;
}
