namespace ConformanceHarness.Dicom.CharacterSets;

/// <summary>
/// A problem met while parsing Specific Character Set (0008,0005) or while decoding or encoding a value
/// with it. Character set problems never throw: the value is decoded as well as possible and the
/// finding says what was wrong. <see cref="Code"/> is one of <see cref="CharacterSetFindingCodes"/>.
/// </summary>
public sealed record CharacterSetFinding(string Code, string Message);
