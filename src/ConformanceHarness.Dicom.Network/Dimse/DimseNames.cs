namespace ConformanceHarness.Dicom.Network.Dimse;

/// <summary>PS3.7 names for evidence and messages: "C-STORE-RQ", and command elements by keyword.</summary>
public static class DimseNames
{
    public static string Of(DimseCommandField field) =>
        DimseMessageKind.ByCommandField.TryGetValue(field, out var kind) ? kind.Name : $"command 0x{(ushort)field:X4}";

    /// <summary>The command set's elements (group length left out) as keyword → value text.</summary>
    public static IReadOnlyDictionary<string, string> Elements(DicomDataset command)
    {
        var elements = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in command)
        {
            if (item.Tag.IsGroupLength || item is not DicomElement element) continue;
            var name = DicomDictionary.Lookup(item.Tag)?.Keyword ?? item.Tag.ToString();
            elements[name] = ValueText(command, element);
        }
        return elements;
    }

    private static string ValueText(DicomDataset command, DicomElement element) =>
        element.VR == DicomVR.US && command.TryGetSingleValue<ushort>(element.Tag, out var number)
            ? number.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : command.TryGetString(element.Tag, out var text) ? text : $"({element.Length} bytes)";
}
