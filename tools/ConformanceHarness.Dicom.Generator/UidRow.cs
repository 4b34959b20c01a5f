namespace ConformanceHarness.Dicom.Generator;

/// <summary>One UID as uids.json holds it (PS3.6 Table A-1); Storage marks a Storage SOP class.</summary>
public sealed record UidRow(string Uid, string Name, string Keyword, string Type, bool Retired, bool Storage = false);
