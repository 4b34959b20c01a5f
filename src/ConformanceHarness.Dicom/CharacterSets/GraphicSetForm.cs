namespace ConformanceHarness.Dicom.CharacterSets;

/// <summary>How the bytes of a graphic set map onto the .NET code page that decodes it.</summary>
internal enum GraphicSetForm
{
    /// <summary>The code page uses the DICOM bytes unchanged.</summary>
    Identity,

    /// <summary>A 94×94 set in G0 read through EUC: both bytes get the high bit (JIS X 0208 → EUC-JP).</summary>
    HighBitBoth,

    /// <summary>JIS X 0212 in G0 read through code page 20932, which encodes it as (first | 0x80, second).</summary>
    HighBitFirst,
}
