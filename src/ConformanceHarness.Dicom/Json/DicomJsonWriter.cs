using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

using ConformanceHarness.Dicom.CharacterSets;

namespace ConformanceHarness.Dicom.Json;

/// <summary>
/// Writes a data set in the DICOM JSON Model, PS3.18 Annex F: one object keyed by tag ("ggggeeee",
/// ascending), each attribute an object with "vr" and one of "Value", "InlineBinary" or "BulkDataURI";
/// no value part at all for an empty attribute (F.2.5). Streams through <see cref="Utf8JsonWriter"/>.
/// Value rendering per VR is in <c>DicomJsonWriter.Values.cs</c>.
/// </summary>
public static partial class DicomJsonWriter
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static string Serialize(DicomDataset dataset, DicomJsonOptions? options = null)
    {
        using var stream = new MemoryStream();
        Write(stream, dataset, options);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Stream stream, DicomDataset dataset, DicomJsonOptions? options = null)
    {
        options ??= DicomJsonOptions.Default;
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = options.WriteIndented, Encoder = Encoder });
        Write(writer, dataset, options);
    }

    public static void Write(Utf8JsonWriter writer, DicomDataset dataset, DicomJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(dataset);
        WriteDataset(writer, dataset, "$", options ?? DicomJsonOptions.Default);
        writer.Flush();
    }

    private static void WriteDataset(Utf8JsonWriter writer, DicomDataset dataset, string path, DicomJsonOptions options)
    {
        var characterSet = DicomCharacterSet.Parse(dataset.CharacterSet);
        writer.WriteStartObject();
        foreach (var item in dataset)
        {
            if (item.Tag.IsGroupLength && !options.IncludeGroupLengths) continue;
            var itemPath = $"{path}.{DicomJsonVR.Key(item.Tag)}";
            if (item is DicomFragmentSequence && options.BulkDataUriFactory is null) continue;
            writer.WriteStartObject(DicomJsonVR.Key(item.Tag));
            writer.WriteString("vr", item.VR.Code);
            WriteValue(writer, item, characterSet, itemPath, options);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, DicomItem item, DicomCharacterSet characterSet, string path, DicomJsonOptions options)
    {
        switch (item)
        {
            case DicomSequence sequence:
                WriteSequence(writer, sequence, path, options);
                break;
            case DicomFragmentSequence fragments:
                writer.WriteString("BulkDataURI", options.BulkDataUriFactory!(path, fragments));
                break;
            case DicomElement element:
                WriteElement(writer, element, characterSet, path, options);
                break;
        }
    }

    private static void WriteSequence(Utf8JsonWriter writer, DicomSequence sequence, string path, DicomJsonOptions options)
    {
        if (sequence.Items.Count == 0) return;
        writer.WriteStartArray("Value");
        for (var i = 0; i < sequence.Items.Count; i++) WriteDataset(writer, sequence.Items[i], $"{path}.Value[{i}]", options);
        writer.WriteEndArray();
    }
}
