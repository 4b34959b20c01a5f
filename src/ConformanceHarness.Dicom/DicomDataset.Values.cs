using System.Diagnostics.CodeAnalysis;

namespace ConformanceHarness.Dicom;

public sealed partial class DicomDataset
{
    /// <summary>The whole value as text, trailing padding removed; binary values joined by backslashes.</summary>
    public string GetString(DicomTag tag) =>
        GetElement(tag) is var element && element.VR.IsString ? DecodeText(element) : string.Join('\\', GetValues<string>(tag));

    public bool TryGetString(DicomTag tag, [NotNullWhen(true)] out string? value)
    {
        value = TryGetElement(tag, out _) ? TryConvert(() => GetString(tag)) : null;
        return value is not null;
    }

    public string GetStringOrDefault(DicomTag tag, string defaultValue) => TryGetString(tag, out var value) ? value : defaultValue;

    /// <summary>The values of a string element, split at backslashes for multi-valued VRs, each trimmed of padding spaces.</summary>
    public string[] GetStrings(DicomTag tag) => GetValues<string>(tag);

    /// <summary>
    /// The values as <typeparamref name="T"/>: binary VRs by their native type (US → ushort, AT → DicomTag, OB → byte …),
    /// widened or narrowed with a range check; string VRs parsed (IS/DS → int, decimal, double …).
    /// </summary>
    public T[] GetValues<T>(DicomTag tag)
    {
        var element = GetElement(tag);
        if (DicomValueDecoder.ReadNative(element) is { } native) return DicomValueDecoder.Convert<T>(tag, native);
        return [.. SplitValues(element).Select(text => DicomValueDecoder.Parse<T>(tag, text))];
    }

    /// <summary>Like <see cref="GetValues{T}"/>, but false instead of an exception when absent or not convertible.</summary>
    public bool TryGetValues<T>(DicomTag tag, [NotNullWhen(true)] out T[]? values)
    {
        values = TryGetElement(tag, out _) ? TryConvert(() => GetValues<T>(tag)) : null;
        return values is not null;
    }

    /// <summary>A Try twin never throws for a value it cannot convert: the conversion failure becomes "not found".</summary>
    private static TResult? TryConvert<TResult>(Func<TResult> convert) where TResult : class
    {
        try
        {
            return convert();
        }
        catch (Exception error) when (error is DicomDataException or FormatException or InvalidCastException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>The only value; fails when the element is absent, empty or holds several.</summary>
    public T GetSingleValue<T>(DicomTag tag)
    {
        var values = GetValues<T>(tag);
        return values.Length == 1 ? values[0] : throw new DicomDataException($"{tag} holds {values.Length} values where one was expected", tag);
    }

    public bool TryGetSingleValue<T>(DicomTag tag, [MaybeNullWhen(false)] out T value)
    {
        value = default;
        if (!TryGetValues<T>(tag, out var values) || values.Length != 1) return false;
        value = values[0];
        return true;
    }

    public T GetSingleValueOrDefault<T>(DicomTag tag, T defaultValue) => TryGetSingleValue<T>(tag, out var value) ? value : defaultValue;

    public T GetValue<T>(DicomTag tag, int index)
    {
        var values = GetValues<T>(tag);
        return index >= 0 && index < values.Length ? values[index]
            : throw new DicomDataException($"{tag} holds {values.Length} values; index {index} is out of range", tag);
    }

    public DicomSequence GetSequence(DicomTag tag) =>
        TryGetSequence(tag, out var sequence) ? sequence : throw new DicomDataException($"{tag} is not a sequence in the data set", tag);

    public bool TryGetSequence(DicomTag tag, [NotNullWhen(true)] out DicomSequence? sequence)
    {
        sequence = TryGetItem(tag, out var item) ? item as DicomSequence : null;
        return sequence is not null;
    }

    /// <summary>The element with a value; fails when absent or when the tag holds a sequence.</summary>
    public DicomElement GetElement(DicomTag tag) =>
        TryGetElement(tag, out var element) ? element
        : throw new DicomDataException(Contains(tag) ? $"{tag} is a sequence or fragments, not a value" : $"{tag} is not in the data set", tag);

    public bool TryGetElement(DicomTag tag, [NotNullWhen(true)] out DicomElement? element)
    {
        element = TryGetItem(tag, out var item) ? item as DicomElement : null;
        return element is not null;
    }

    /// <summary>The Specific Character Set (0008,0005) in force here: this data set's, else the nearest parent's.</summary>
    public IReadOnlyList<string> CharacterSet =>
        TryGetElement(DicomTags.SpecificCharacterSet, out var element) ? SplitValues(element) : Parent?.CharacterSet ?? [];

    private string DecodeText(DicomElement element) =>
        DicomStringDecoder.Decode(element.Bytes.Span, element.VR, element.VR.CharacterSetApplies ? CharacterSet : []).TrimEnd('\0', ' ');

    private string[] SplitValues(DicomElement element)
    {
        var text = DecodeText(element);
        if (text.Length == 0) return [];
        if (!element.VR.IsMultiValued) return [text];
        return [.. text.Split('\\').Select(value => value.Trim(' '))];
    }
}
