namespace ConformanceHarness.Dicom.Validation.Rules.StudySet;

/// <summary>
/// One fact an instance shows a study-set rule: under <see cref="Key"/> (what must agree, e.g. a Study Instance UID)
/// the <see cref="Value"/> seen (its patient) at <see cref="Tag"/>. <see cref="Subject"/> says in words what a key
/// is, for messages (<c>study 1.2.3 has more than one patient</c>); it runs only for a conflict, so observing stays cheap.
/// </summary>
public readonly record struct Observation(string Key, string Value, DicomTag Tag, Func<string, string> Subject);
