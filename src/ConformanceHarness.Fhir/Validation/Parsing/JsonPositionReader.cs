using System.Text.Json;

namespace ConformanceHarness.Fhir.Validation.Parsing;

/// <summary>
/// Reads where every element of FHIR JSON starts (the property name; an array item where it starts). A primitive's
/// <c>_name</c> companion (its id and extensions) is read into the same element as <c>name</c>.
/// </summary>
internal static class JsonPositionReader
{
    public static PositionNode? Read(byte[] utf8)
    {
        var lines = new LineMap(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = ResourceParser.MaxDepth });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
        var root = new PositionNode(lines.At(reader.TokenStartIndex));
        ReadObject(ref reader, root, lines);
        return root;
    }

    private static void ReadObject(ref Utf8JsonReader reader, PositionNode node, LineMap lines)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var at = lines.At(reader.TokenStartIndex);
            var property = reader.GetString()!;
            var name = property.StartsWith('_') ? property[1..] : property;
            reader.Read();
            if (reader.TokenType == JsonTokenType.StartArray)
            {
                for (var index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
                    ReadValue(ref reader, node.ChildAt(name, index, lines.At(reader.TokenStartIndex)), lines);
            }
            else if (property != "resourceType")
                ReadValue(ref reader, node.ChildAt(name, 0, at), lines);
        }
    }

    private static void ReadValue(ref Utf8JsonReader reader, PositionNode node, LineMap lines)
    {
        if (reader.TokenType == JsonTokenType.StartObject) ReadObject(ref reader, node, lines);
        else if (reader.TokenType == JsonTokenType.StartArray) reader.Skip();
    }

    /// <summary>Byte offsets → 1-based line and column (in characters).</summary>
    private sealed class LineMap(byte[] utf8)
    {
        private readonly List<int> _starts = Starts(utf8);

        public (int Line, int Column) At(long offset)
        {
            var line = _starts.BinarySearch((int)offset);
            if (line < 0) line = ~line - 1;
            return (line + 1, System.Text.Encoding.UTF8.GetCharCount(utf8, _starts[line], (int)offset - _starts[line]) + 1);
        }

        private static List<int> Starts(byte[] utf8)
        {
            var starts = new List<int> { 0 };
            for (var i = 0; i < utf8.Length; i++) if (utf8[i] == (byte)'\n') starts.Add(i + 1);
            return starts;
        }
    }
}
