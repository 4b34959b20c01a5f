namespace ConformanceHarness.Dicom.Generator;

/// <summary>One row of attributes.json or command-elements.json, as PS3.6 Table 6-1 prints it.</summary>
public sealed record AttributeRow(string Tag, string Name, string Keyword, string ValueRepresentation,
    string ValueMultiplicity, string Retired);
