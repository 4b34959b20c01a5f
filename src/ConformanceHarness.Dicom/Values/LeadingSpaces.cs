namespace ConformanceHarness.Dicom.Values;

/// <summary>What a leading space means in a VR's value, PS3.5 Table 6.2-1.</summary>
internal enum LeadingSpaces
{
    /// <summary>Padding that carries no meaning (AE, CS, DS, IS, LO, PN, SH, UC).</summary>
    Insignificant,

    /// <summary>Part of the text (LT, ST, UT).</summary>
    Significant,

    /// <summary>Not allowed (AS, DA, DT, TM, UI, UR): reported as <see cref="ValueViolationCodes.BadPadding"/>.</summary>
    Forbidden,
}
