namespace ConformanceHarness.Dicom.CharacterSets;

/// <summary>The ISO 2022 code element a character set is designated to, PS3.5 §6.1.2.5.</summary>
public enum CodeElement
{
    /// <summary>G0, invoked into GL (bytes 0x21–0x7E).</summary>
    G0,

    /// <summary>G1, invoked into GR (bytes 0xA1–0xFE).</summary>
    G1,
}
