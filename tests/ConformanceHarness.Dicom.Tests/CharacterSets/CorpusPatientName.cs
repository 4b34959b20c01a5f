using System.Buffers.Binary;
using System.Text;
using System.Text.Json;

using ConformanceHarness.Dicom.CharacterSets;
using ConformanceHarness.TestSupport;

namespace ConformanceHarness.Dicom.Tests.CharacterSets;

/// <summary>
/// Test-only stand-in for a DICOM reader: finds the first Patient's Name (0010,0010) element in
/// explicit VR little endian and the last Specific Character Set (0008,0005) before it (the one of its
/// data set or item), and asks dcm2json what it prints for the same element.
/// </summary>
internal static class CorpusPatientName
{
    private static readonly byte[] PatientNameHeader = [0x10, 0x00, 0x10, 0x00, (byte)'P', (byte)'N'];
    private static readonly byte[] CharacterSetHeader = [0x08, 0x00, 0x05, 0x00, (byte)'C', (byte)'S'];

    public static string Directory => RepositoryRoot.DicomCorpus;

    public static string Require(string name)
    {
        var path = Path.Combine(Directory, "charset", name);
        ExternalTool.Require(File.Exists(path), $"corpus file {path} is absent");
        ExternalTool.Require(ExternalTool.Find("dcm2json") is not null, "dcm2json (DCMTK) is not on PATH");
        return path;
    }

    public static (string[] SpecificCharacterSet, byte[] Value) Scan(byte[] file)
    {
        var name = file.AsSpan().IndexOf(PatientNameHeader);
        Assert.True(name >= 0, "no explicit VR (0010,0010) PN element in the file");
        var charset = file.AsSpan(0, name).LastIndexOf(CharacterSetHeader);
        var terms = charset < 0 ? [] : Encoding.ASCII.GetString(ValueAt(file, charset)).TrimEnd(' ').Split('\\');
        return (terms, ValueAt(file, name));
    }

    /// <summary>The bytes dcm2json writes for (0010,0010): UTF-8 when DCMTK converted the data set, the stored bytes when it could not.</summary>
    public static async Task<byte[]> Dcm2JsonAsync(string path)
    {
        var output = Path.Combine(Path.GetTempPath(), $"charset-{Guid.NewGuid():N}.json");
        try
        {
            await ExternalTool.RunAsync("dcm2json", [path, output], Path.GetTempPath(), TimeSpan.FromSeconds(30));
            using var json = JsonDocument.Parse(Encoding.Latin1.GetString(await File.ReadAllBytesAsync(output)));
            var value = FindElement(json.RootElement, "00100010")!.Value.GetProperty("Value")[0];
            string Group(string key) => value.TryGetProperty(key, out var group) ? group.GetString()! : "";
            return Encoding.Latin1.GetBytes(new DicomPersonName(Group("Alphabetic"), Group("Ideographic"), Group("Phonetic")).ToString());
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static byte[] ValueAt(byte[] file, int element) =>
        file.AsSpan(element + 8, BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(element + 6))).ToArray();

    private static JsonElement? FindElement(JsonElement node, string tag)
    {
        if (node.ValueKind == JsonValueKind.Object)
            foreach (var property in node.EnumerateObject())
                if (property.Name == tag) return property.Value;
                else if (FindElement(property.Value, tag) is { } found) return found;
        if (node.ValueKind == JsonValueKind.Array)
            foreach (var item in node.EnumerateArray())
                if (FindElement(item, tag) is { } found) return found;
        return null;
    }
}
