using System.Globalization;
using System.Text;

namespace ConformanceHarness.Dicom.Validation.Rules.StudySet;

/// <summary>
/// Values as the study-set rules compare them: absent and empty are the same (""); IS and DS compared as numbers
/// (<c>01</c> = <c>1</c>, as dcentvfy does); other strings as text without padding; sequences item by item as
/// <c>[(0010,0020)=X;…]</c>; binary values as their bytes in hex. Plain ASCII (the same in every DICOM character
/// set) is read directly; anything else goes through the codec's character-set decoder.
/// </summary>
public static class InstanceValues
{
    public static string Text(DicomDataset dataset, DicomTag tag) =>
        dataset.TryGetItem(tag, out var item) ? Text(dataset, item) : "";

    /// <summary>The patient an instance names: Patient ID, then Issuer of Patient ID after a <c>^</c> when present.</summary>
    public static string Patient(DicomDataset dataset)
    {
        var (id, issuer) = (Text(dataset, DicomTags.PatientID), Text(dataset, DicomTags.IssuerOfPatientID));
        return issuer.Length == 0 ? id : $"{id}^{issuer}";
    }

    private static string Text(DicomDataset dataset, DicomItem item) => item switch
    {
        DicomSequence sequence => string.Concat(sequence.Items.Select(child => "[" + string.Join(";", child.Select(i => $"{i.Tag}={Text(child, i)}")) + "]")),
        DicomElement element when element.Length == 0 => "",
        DicomElement element when element.VR == DicomVR.IS || element.VR == DicomVR.DS => Numbers(Decoded(dataset, element)),
        DicomElement element when element.VR.IsString => Decoded(dataset, element),
        DicomElement element => Convert.ToHexString(element.Bytes.Span),
        _ => "",
    };

    /// <summary>Each value as a number without trailing zeros; a value that is not a number stays as written.</summary>
    private static string Numbers(string text) =>
        string.Join('\\', text.Split('\\').Select(value =>
            decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? (number / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) // dividing by 1.000… drops trailing zeros
                : value.Trim(' ')));

    private static string Decoded(DicomDataset dataset, DicomElement element)
    {
        var bytes = element.Bytes.Span;
        if (!Ascii.IsValid(bytes) || bytes.Contains((byte)0x1B)) return dataset.TryGetString(element.Tag, out var text) ? text : Convert.ToHexString(bytes);
        var plain = Encoding.ASCII.GetString(bytes).TrimEnd('\0', ' ');
        return element.VR.IsMultiValued ? string.Join('\\', plain.Split('\\').Select(value => value.Trim(' '))) : plain;
    }
}
