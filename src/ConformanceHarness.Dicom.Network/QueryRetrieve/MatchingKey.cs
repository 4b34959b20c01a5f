using static ConformanceHarness.Dicom.Network.QueryRetrieve.ValueMatchers;

namespace ConformanceHarness.Dicom.Network.QueryRetrieve;

/// <summary>
/// One key attribute of a query identifier, PS3.4 C.2.2.1, read into the matching it asks for (C.2.2.2). An entity
/// matches when one of its values matches one of the key's values; an entity without a value matches only universal
/// matching. Several values in a key other than a list of UIDs match when any does (the harness's reading of C.2.2.2).
/// </summary>
public sealed class MatchingKey
{
    private readonly IReadOnlyList<ValueTest> _tests;

    private MatchingKey(DicomItem key, MatchingKind kind, IReadOnlyList<string> values, IReadOnlyList<ValueTest> tests, IReadOnlyList<MatchingKey> itemKeys)
    {
        Key = key;
        Kind = kind;
        Values = values;
        _tests = tests;
        ItemKeys = itemKeys;
    }

    /// <summary>The key as it came in the identifier.</summary>
    public DicomItem Key { get; }

    public DicomTag Tag => Key.Tag;

    public MatchingKind Kind { get; }

    /// <summary>The key's values (none for universal and sequence matching).</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>Sequence matching: the keys an item of the entity's sequence must match; empty otherwise.</summary>
    public IReadOnlyList<MatchingKey> ItemKeys { get; }

    /// <exception cref="QueryIdentifierException">C000: the value is not a valid key of its VR (a wild card on a UID, a malformed range).</exception>
    public static MatchingKey Parse(DicomItem key, DicomDataset identifier)
    {
        if (key is DicomSequence sequence) return ParseSequence(sequence);
        var values = identifier.TryGetValues<string>(key.Tag, out var read) ? read.Where(value => value.Length > 0).ToArray() : [];
        if (values.Length == 0 || values is ["*"] && AllowsWildCard(key.VR)) return new MatchingKey(key, MatchingKind.Universal, [], [], []);
        var parsed = values.Select(value => ParseValue(key, value, identifier.TimezoneOffset)).ToList();
        var kind = key.VR == DicomVR.UI && values.Length > 1 ? MatchingKind.ListOfUid
            : parsed.Any(value => value.Kind == MatchingKind.Range) ? MatchingKind.Range
            : parsed.Any(value => value.Kind == MatchingKind.WildCard) ? MatchingKind.WildCard
            : MatchingKind.SingleValue;
        return new MatchingKey(key, kind, values, [.. parsed.Select(value => value.Test)], []);
    }

    /// <summary>Whether <paramref name="entity"/> (the attributes of a patient, study, series or instance) matches.</summary>
    public bool Matches(DicomDataset entity)
    {
        if (Kind == MatchingKind.Universal) return true;
        if (Kind == MatchingKind.Sequence)
            return entity.TryGetSequence(Tag, out var sequence) && sequence.Items.Any(item => ItemKeys.All(key => key.Matches(item)));
        return entity.TryGetValues<string>(Tag, out var values) && values.Any(value => _tests.Any(test => test(value, entity)));
    }

    public override string ToString() => $"{QueryKeys.Describe(Tag)} {Kind}{(Values.Count > 0 ? $" '{string.Join('\\', Values)}'" : "")}";

    private static MatchingKey ParseSequence(DicomSequence sequence)
    {
        if (sequence.Items.Count > 1)
            throw QueryIdentifierException.Unprocessable($"{QueryKeys.Describe(sequence.Tag)} holds {sequence.Items.Count} items; a sequence key holds one (PS3.4 C.2.2.2.6)");
        var item = sequence.Items.FirstOrDefault() ?? new DicomDataset();
        var itemKeys = item.Select(key => Parse(key, item)).ToList();
        var kind = itemKeys.All(key => key.Kind == MatchingKind.Universal) ? MatchingKind.Universal : MatchingKind.Sequence;
        return new MatchingKey(sequence, kind, [], [], itemKeys);
    }

    private static (MatchingKind Kind, ValueTest Test) ParseValue(DicomItem key, string value, TimeSpan offset)
    {
        var wild = value.Contains('*') || value.Contains('?');
        if (IsTemporal(key.VR))
        {
            var test = Temporal(key.VR, value, offset)
                ?? throw QueryIdentifierException.Unprocessable($"{QueryKeys.Describe(key.Tag)} key '{value}' is neither a {key.VR} value nor a {key.VR} range (PS3.4 C.2.2.2.5)");
            return (IsRange(key.VR, value, offset) ? MatchingKind.Range : MatchingKind.SingleValue, test);
        }
        if (wild && AllowsWildCard(key.VR)) return (MatchingKind.WildCard, WildCard(key.VR, value));
        if (wild && key.VR == DicomVR.UI)
            throw QueryIdentifierException.Unprocessable($"{QueryKeys.Describe(key.Tag)} key '{value}': wild cards do not apply to UIDs (PS3.4 C.2.2.2.4)");
        return (MatchingKind.SingleValue, SingleValue(key.VR, value));
    }
}
