namespace ConformanceHarness.Dicom.Generator;

/// <summary>The shape of uids.json: where its facts come from, and the UIDs.</summary>
public sealed record UidFile(string Source, UidRow[] Uids);
