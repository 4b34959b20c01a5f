using ConformanceHarness.Dicom;

namespace ConformanceHarness.Cli.Commands.Dicom.Query;

/// <summary>
/// One <c>-k TAG[=VALUE]</c>: an attribute of the identifier, with a value to match (PS3.4 C.2.2.2: single value,
/// wildcards, ranges, UID lists — sent as given, not checked against the VR's format) or none to ask for it to be
/// returned. TAG is a PS3.6 keyword (PatientID) or a tag ((0010,0020), 0010,0020 or 00100020).
/// </summary>
public sealed record QueryKey(DicomTag Tag, string Keyword, DicomVR VR, string? Value)
{
    /// <exception cref="HarnessError">The text has no tag, an unknown keyword, or a tag with no VR in the dictionary.</exception>
    public static QueryKey Parse(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        var name = (equals < 0 ? text : text[..equals]).Trim();
        var value = equals < 0 ? null : text[(equals + 1)..];
        if (name.Length == 0) throw Bad(text, "no attribute before '='; expected TAG=VALUE or TAG, e.g. PatientID=123");
        var entry = Lookup(text, name);
        if (entry.ValueRepresentations.Count == 0) throw Bad(text, $"{entry.Tag} has no VR in the data dictionary");
        if (entry.IsRange && !LooksLikeTag(name)) throw Bad(text, $"{name} is a repeating group; give its tag, e.g. (6000,3000)");
        var tag = entry.IsRange ? DicomTag.Parse(name) : entry.Tag;
        var key = new QueryKey(tag, entry.Keyword.Length > 0 ? entry.Keyword : tag.ToString(), entry.DefaultVR, string.IsNullOrEmpty(value) ? null : value);
        if (key.Value is not null && key.VR == DicomVR.SQ) throw Bad(text, $"{key.Keyword} is a sequence; give it without a value to have it returned");
        if (key.Value is not null && !key.VR.IsString) throw Bad(text, $"{key.Keyword} has VR {key.VR.Code}; only attributes with a string VR take a value here");
        return key;
    }

    private static DicomDictionaryEntry Lookup(string text, string name)
    {
        if (LooksLikeTag(name))
            return DicomTag.TryParse(name, out var tag) && DicomDictionary.Lookup(tag) is { } byTag ? byTag
                : throw Bad(text, DicomTag.TryParse(name, out tag) ? $"{tag} is not in the data dictionary, so its VR is unknown"
                    : $"'{name}' is not a tag; expected (gggg,eeee), gggg,eeee or ggggeeee");
        if (DicomDictionary.TryLookup(name, out var entry)) return entry;
        var suggestion = DicomDictionary.Entries.FirstOrDefault(e => string.Equals(e.Keyword, name, StringComparison.OrdinalIgnoreCase));
        throw Bad(text, $"unknown attribute keyword '{name}'" + (suggestion is null ? "" : $" (did you mean {suggestion.Keyword}?)"));
    }

    private static bool LooksLikeTag(string name) => name.StartsWith('(') || name.Contains(',') || (name.Length == 8 && name.All(char.IsAsciiHexDigit));

    private static HarnessError Bad(string text, string problem) => new($"-k '{text}': {problem}");
}
