namespace ConformanceHarness.Dicom.Json;

/// <summary>
/// Malformed DICOM JSON: the message names the JSON path and what was wrong there, e.g.
/// "$.00100010.Value[0]: expected a Person Name object, found a String".
/// </summary>
public sealed class DicomJsonException(string path, string reason, Exception? inner = null)
    : Exception($"{path}: {reason}", inner)
{
    /// <summary>The JSON path of the offending node, e.g. "$.00400275.Value[0].0040A730".</summary>
    public string Path { get; } = path;

    public string Reason { get; } = reason;
}
