namespace ConformanceHarness.Dicom.CharacterSets;

/// <summary>
/// Resolves the values of Specific Character Set (0008,0005) into Defined Terms, PS3.3 C.12.1.1.2:
/// an empty value 1 is the default repertoire; with more than one value code extensions are used,
/// so plain terms are read as their "ISO 2022" twins; multi-byte ISO 2022 sets cannot be value 1;
/// UTF-8, GB18030 and GBK admit no other values. Every repair leaves a finding.
/// </summary>
internal static class CharacterSetParser
{
    public static List<CharacterSetTerm> Resolve(IReadOnlyList<string> values, ICollection<CharacterSetFinding>? findings)
    {
        var terms = new List<CharacterSetTerm>();
        for (var i = 0; i < values.Count; i++)
            if (ResolveOne(values[i].Trim(' ', '\0'), i, values.Count, findings) is { } term && !terms.Contains(term)) terms.Add(term);
        if (terms.Count == 0) return terms;
        if (!terms[0].IsIso2022Compatible) return KeepAlone(terms, findings);
        terms.RemoveAll(term => !term.IsIso2022Compatible && Misplaced(findings, $"{term} admits no code extensions; ignored"));
        if (terms[0].IsMultiByte)
        {
            Misplaced(findings, $"{terms[0]} cannot be value 1; the default repertoire is value 1");
            terms.Insert(0, CharacterSetTerm.Iso2022Ir6);
        }
        return terms.Count == 1 ? terms : terms.Select(term => WithCodeExtensions(term, findings)).ToList();
    }

    private static CharacterSetTerm? ResolveOne(string value, int index, int count, ICollection<CharacterSetFinding>? findings)
    {
        if (value.Length == 0) return index == 0 ? CharacterSetTerm.IsoIr6 : null;
        if (CharacterSetTerm.TryGet(value, out var term)) return term;
        if (CharacterSetTerm.TryGetLoose(value, out term))
        {
            findings?.Add(new(CharacterSetFindingCodes.NonStandardTerm, $"'{value}' is not a Defined Term; read as '{term}'"));
            return term;
        }
        var fallback = index == 0 ? "the default repertoire (ISO-IR 6) is used" : "ignored";
        findings?.Add(new(CharacterSetFindingCodes.UnknownTerm, $"value {index + 1} of {count} '{value}' is not a Defined Term of (0008,0005); {fallback}"));
        return index == 0 ? CharacterSetTerm.IsoIr6 : null;
    }

    private static List<CharacterSetTerm> KeepAlone(List<CharacterSetTerm> terms, ICollection<CharacterSetFinding>? findings)
    {
        if (terms.Count > 1) Misplaced(findings, $"{terms[0]} admits no other values; {string.Join(", ", terms.Skip(1))} ignored");
        return [terms[0]];
    }

    private static CharacterSetTerm WithCodeExtensions(CharacterSetTerm term, ICollection<CharacterSetFinding>? findings)
    {
        var extended = term.WithCodeExtensions();
        if (extended != term && term != CharacterSetTerm.IsoIr6)
            Misplaced(findings, $"'{term}' in a multi-valued (0008,0005) should be '{extended}'; read as such");
        return extended;
    }

    private static bool Misplaced(ICollection<CharacterSetFinding>? findings, string message)
    {
        findings?.Add(new(CharacterSetFindingCodes.MisplacedTerm, message));
        return true;
    }
}
