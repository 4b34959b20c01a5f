using System.Text.Json;

using ConformanceHarness.Dicom.CharacterSets;

namespace ConformanceHarness.Dicom.Json;

public static partial class DicomJsonReader
{
    /// <summary>One read: walks data set objects and attribute objects, PS3.18 F.2.2.</summary>
    private sealed partial class Session(Func<string, byte[]>? bulkDataResolver)
    {
        private static readonly HashSet<string> AttributeMembers = ["vr", Value, InlineBinary, BulkDataUri];

        public DicomDataset ReadDataset(JsonElement json, string path, DicomDataset? parent)
        {
            if (json.ValueKind != JsonValueKind.Object) throw Expected(path, "a data set object", json);
            var dataset = new DicomDataset { Parent = parent };
            var members = json.EnumerateObject().ToList();
            // Specific Character Set first: the strings after it are encoded under it.
            foreach (var member in members.OrderBy(m => m.Name == "00080005" ? 0 : 1))
            {
                var memberPath = $"{path}.{member.Name}";
                var tag = ParseTag(member.Name, memberPath);
                if (dataset.Contains(tag)) throw new DicomJsonException(memberPath, $"{tag} appears more than once");
                dataset.Add(ReadAttribute(member.Value, tag, memberPath, dataset));
            }
            return dataset;
        }

        private static DicomTag ParseTag(string key, string path) =>
            key.Length == 8 && key.All(char.IsAsciiHexDigit) && DicomTag.TryParse(key, out var tag) ? tag
            : throw new DicomJsonException(path, $"'{key}' is not a tag: expected eight hexadecimal digits (ggggeeee)");

        private DicomItem ReadAttribute(JsonElement json, DicomTag tag, string path, DicomDataset dataset)
        {
            if (json.ValueKind != JsonValueKind.Object) throw Expected(path, "an attribute object with \"vr\"", json);
            var vr = ReadVR(json, path);
            var parts = json.EnumerateObject().Where(m => m.Name != "vr").ToList();
            if (parts.Select(m => m.Name).FirstOrDefault(name => !AttributeMembers.Contains(name)) is { } unknown)
                throw new DicomJsonException($"{path}.{unknown}", $"unexpected member \"{unknown}\" (allowed: vr, Value, InlineBinary, BulkDataURI)");
            if (parts.Count > 1) throw new DicomJsonException(path, $"has both \"{parts[0].Name}\" and \"{parts[1].Name}\"; at most one is allowed");
            if (parts.Count == 0) return vr == DicomVR.SQ ? new DicomSequence(tag) : new DicomElement(tag, vr, []);
            var part = parts[0];
            var partPath = $"{path}.{part.Name}";
            return part.Name switch
            {
                InlineBinary => new DicomElement(tag, vr, ReadInlineBinary(part.Value, vr, partPath)),
                BulkDataUri => new DicomElement(tag, vr, ReadBulkData(part.Value, vr, partPath)),
                _ => ReadValue(part.Value, tag, vr, partPath, dataset),
            };
        }

        private static DicomVR ReadVR(JsonElement json, string path)
        {
            if (!json.TryGetProperty("vr", out var code)) throw new DicomJsonException(path, "the attribute has no \"vr\"");
            if (code.ValueKind != JsonValueKind.String) throw Expected($"{path}.vr", "a VR string", code);
            return DicomVR.TryParse(code.GetString()!, out var vr) ? vr
                : throw new DicomJsonException($"{path}.vr", $"'{code.GetString()}' is not a DICOM value representation");
        }

        private DicomItem ReadValue(JsonElement json, DicomTag tag, DicomVR vr, string path, DicomDataset dataset)
        {
            if (json.ValueKind != JsonValueKind.Array) throw Expected(path, "an array", json);
            var kind = DicomJsonVR.KindOf(vr);
            if (kind == DicomJsonValueKind.Bulk) throw new DicomJsonException(path, $"VR {vr} takes \"InlineBinary\" or \"BulkDataURI\", not \"Value\" (PS3.18 F.2.7)");
            if (kind == DicomJsonValueKind.Sequence)
                return new DicomSequence(tag, json.EnumerateArray().Select((item, i) => ReadDataset(item, $"{path}[{i}]", dataset)));
            var characterSet = DicomCharacterSet.Parse(dataset.CharacterSet);
            return new DicomElement(tag, vr, EncodeValues(json, vr, kind, path, characterSet));
        }

        private static byte[] ReadInlineBinary(JsonElement json, DicomVR vr, string path)
        {
            if (DicomJsonVR.KindOf(vr) != DicomJsonValueKind.Bulk)
                throw new DicomJsonException(path, $"\"InlineBinary\" is only for OB, OD, OF, OL, OV, OW and UN, not {vr} (PS3.18 F.2.7)");
            if (json.ValueKind != JsonValueKind.String) throw Expected(path, "a base64 string", json);
            return json.TryGetBytesFromBase64(out var bytes) ? bytes
                : throw new DicomJsonException(path, "is not valid base64");
        }

        private byte[] ReadBulkData(JsonElement json, DicomVR vr, string path)
        {
            if (vr == DicomVR.SQ) throw new DicomJsonException(path, "a sequence cannot be bulk data");
            if (json.ValueKind != JsonValueKind.String) throw Expected(path, "a URI string", json);
            var uri = json.GetString()!;
            if (bulkDataResolver is null) throw new DicomJsonException(path, $"bulk data '{uri}' cannot be fetched: no bulk data resolver was given");
            return bulkDataResolver(uri);
        }
    }
}
