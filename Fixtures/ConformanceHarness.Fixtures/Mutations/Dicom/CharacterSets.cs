using ConformanceHarness.Dicom;

namespace ConformanceHarness.Fixtures.Mutations.Dicom;

/// <summary>The character-set defect, whichever way the clean study was encoded.</summary>
internal static class CharacterSets
{
    /// <summary>A synthetic accented name, in UTF-8.</summary>
    public const string AccentedName = "Bélanger^Zoé";

    /// <summary>
    /// Leaves Specific Character Set out while a value is not ASCII: a study declared ISO_IR 192 (it had accented values)
    /// just loses the declaration; an ASCII study gets an accented patient name in UTF-8 bytes.
    /// </summary>
    public static void NonAsciiWithoutCharacterSet(DicomDataset dataset)
    {
        if (!dataset.Remove(DicomTags.SpecificCharacterSet)) dataset.SetRaw(DicomTags.PatientName, DicomVR.PN, AccentedName);
    }
}
