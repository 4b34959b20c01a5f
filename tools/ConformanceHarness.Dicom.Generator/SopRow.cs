namespace ConformanceHarness.Dicom.Generator;

/// <summary>One row of sops.json: a Storage SOP class UID, its name and the IOD it stores.</summary>
public sealed record SopRow(string Id, string Name, string Ciod);
