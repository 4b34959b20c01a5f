using System.Text;

namespace ConformanceHarness.Dicom;

/// <summary>
/// Turns string values into text and back under the data set's Specific Character Set (0008,0005).
/// The single place the codec decodes strings; it covers the default repertoire and ISO_IR 100 (Latin-1).
/// </summary>
public static class DicomStringDecoder
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    public static string Decode(ReadOnlySpan<byte> bytes, IReadOnlyList<string> specificCharacterSet)
    {
        _ = specificCharacterSet;
        return Latin1.GetString(bytes);
    }

    /// <summary>The bytes of <paramref name="text"/>, or false when a character is outside the character set.</summary>
    public static bool TryEncode(string text, IReadOnlyList<string> specificCharacterSet, out byte[] bytes)
    {
        _ = specificCharacterSet;
        bytes = [];
        if (text.Any(c => c > 0xFF)) return false;
        bytes = Latin1.GetBytes(text);
        return true;
    }
}
