using ConformanceHarness.Dicom.Validation.Engine;

namespace ConformanceHarness.Dicom.Validation.Rules.Ontario;

/// <summary>
/// A value of a VR the character set applies to (SH, LO, ST, LT, PN, UC, UT) with bytes outside the default
/// repertoire (ISO-IR 6: above 0x7F, or ESC) needs a Specific Character Set (0008,0005) in force — the data set's or
/// an enclosing one's (PS3.5 §6.1; spec §3.5, §4.1). Accented French names are the Ontario case. The value is not
/// quoted (names are personal health information).
/// </summary>
public sealed class SpecificCharacterSetRule : IInstanceRule
{
    public const string Name = "specific-character-set";

    public static readonly SpecificCharacterSetRule Instance = new();

    public IEnumerable<DicomFinding> Check(InstanceContext instance) => CheckItem(instance.Dataset, TagPath.Root);

    private static IEnumerable<DicomFinding> CheckItem(DicomDataset dataset, string path)
    {
        foreach (var item in dataset)
        {
            if (item is DicomSequence sequence)
            {
                for (var i = 0; i < sequence.Items.Count; i++)
                    foreach (var finding in CheckItem(sequence.Items[i], TagPath.Item(TagPath.Of(path, item.Tag), i)))
                        yield return finding;
            }
            else if (item is DicomElement { VR.CharacterSetApplies: true } element && dataset.CharacterSet.Count == 0 && !IsDefaultRepertoire(element.Bytes.Span))
            {
                yield return new(DicomFindingSeverity.Error, Name, TagPath.Of(path, item.Tag),
                    $"the {element.VR} value has bytes outside the default repertoire (ISO-IR 6), but no Specific Character Set (0008,0005) is given");
            }
        }
    }

    private static bool IsDefaultRepertoire(ReadOnlySpan<byte> bytes) => !bytes.ContainsAnyInRange((byte)0x80, (byte)0xFF) && !bytes.Contains((byte)0x1B);
}
