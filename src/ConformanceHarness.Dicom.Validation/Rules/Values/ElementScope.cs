using ConformanceHarness.Dicom.CharacterSets;
using ConformanceHarness.Dicom.Validation.Engine;

namespace ConformanceHarness.Dicom.Validation.Rules.Values;

/// <summary>
/// The data set an <see cref="ElementRule"/> is looking at: the file meta information, the top data set or one
/// sequence item, its tag path, the transfer syntax it was encoded in and (parsed once, on first use) the
/// Specific Character Set in force there (its own, else the nearest parent's, PS3.5 §7.5.3).
/// </summary>
public sealed class ElementScope(DicomDataset dataset, string path, TransferSyntax syntax)
{
    private DicomCharacterSet? _characterSet;

    public DicomDataset Dataset { get; } = dataset;

    /// <summary>The path of the data set itself: empty at the top, <c>(0040,0275)[0]</c> in an item.</summary>
    public string Path { get; } = path;

    public TransferSyntax TransferSyntax { get; } = syntax;

    public bool IsRoot => Path.Length == 0;

    public DicomCharacterSet CharacterSet => _characterSet ??= DicomCharacterSet.Parse(Dataset.CharacterSet);

    /// <summary>
    /// A 5CH byte is always a backslash under the character set in force: no code extensions and a single-byte set, or
    /// UTF-8 (ISO_IR 192). Not so under GB18030, GBK or ISO 2022 multi-byte sets, where 5CH can be half a character.
    /// </summary>
    public bool BackslashIsAByte => !CharacterSet.UsesCodeExtensions
        && CharacterSet.ResolvedTerms[0] is var term && (!term.IsMultiByte || term == CharacterSetTerm.IsoIr192);

    /// <summary>A finding about <paramref name="tag"/> in this data set.</summary>
    public DicomFinding Finding(DicomFindingSeverity severity, string rule, DicomTag tag, string message, string? value = null) =>
        new(severity, rule, TagPath.Of(Path, tag), message, value);

    /// <summary>"Study Date (0008,0020)", for messages; private and unknown tags by their number.</summary>
    public string Describe(DicomTag tag) =>
        DicomDictionary.Lookup(tag, tag.IsPrivate ? Dataset.GetPrivateCreator(tag) : null) is { } entry && entry.Name.Length > 0
            ? $"{entry.Name} {tag}" : tag.IsPrivate ? $"private element {tag}" : $"element {tag}";
}
