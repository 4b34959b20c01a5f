namespace ConformanceHarness.Dicom.Values;

/// <summary>
/// One way a value breaks its VR's rules (PS3.5 §6.2): a stable code from <see cref="ValueViolationCodes"/>
/// and a message that quotes the value and the limit. The caller adds the location (tag, item path).
/// </summary>
public sealed record ValueViolation(string Code, string Message);
