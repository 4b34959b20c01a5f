using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Json;

namespace ConformanceHarness.Cli.Commands.Dicom.Find;

/// <summary>C-FIND matches as a DICOM JSON array (PS3.18 F.2: the response body of a QIDO-RS search), indented.</summary>
public static class MatchJson
{
    public static string Array(IReadOnlyList<DicomDataset> matches)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (var match in matches) DicomJsonWriter.Write(writer, match);
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
