namespace ConformanceHarness.Dicom;

/// <summary>One registered UID, PS3.6 Table A-1: its value, name, keyword, type and retired flag.</summary>
public sealed record DicomUidEntry(string Uid, string Name, string Keyword, DicomUidType Type, bool IsRetired);
