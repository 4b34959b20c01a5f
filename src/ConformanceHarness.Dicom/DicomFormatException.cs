namespace ConformanceHarness.Dicom;

/// <summary>
/// Malformed DICOM input: the message names what was being read, the tag and the byte offset,
/// e.g. "(7FE0,0010) OB at offset 1234: value length 4294967200 runs past the end of the stream (1400 bytes)".
/// </summary>
public sealed class DicomFormatException(string message, DicomTag? tag = null, long? offset = null, Exception? inner = null)
    : Exception(Compose(message, tag, offset), inner)
{
    public DicomTag? Tag { get; } = tag;

    public long? Offset { get; } = offset;

    public string Reason { get; } = message;

    private static string Compose(string message, DicomTag? tag, long? offset) =>
        (tag, offset) switch
        {
            ({ } t, { } o) => $"{t} at offset {o}: {message}",
            ({ } t, null) => $"{t}: {message}",
            (null, { } o) => $"at offset {o}: {message}",
            _ => message,
        };
}
