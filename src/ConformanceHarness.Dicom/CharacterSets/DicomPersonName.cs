namespace ConformanceHarness.Dicom.CharacterSets;

/// <summary>
/// A decoded Person Name (PN) value, PS3.5 §6.2.1: up to three component groups separated by "=" —
/// alphabetic, ideographic, phonetic — each of up to five components separated by "^":
/// family name, given name, middle name, name prefix, name suffix.
/// </summary>
public sealed record DicomPersonName(string Alphabetic, string Ideographic, string Phonetic)
{
    /// <summary>Splits a decoded PN value into its groups; a fourth "=" and what follows stay in <see cref="Phonetic"/>.</summary>
    public static DicomPersonName Parse(string decoded)
    {
        ArgumentNullException.ThrowIfNull(decoded);
        var groups = decoded.Split('=', 3);
        return new DicomPersonName(groups[0], groups.ElementAtOrDefault(1) ?? "", groups.ElementAtOrDefault(2) ?? "");
    }

    public string FamilyName => Component(Alphabetic, 0);

    public string GivenName => Component(Alphabetic, 1);

    public string MiddleName => Component(Alphabetic, 2);

    public string NamePrefix => Component(Alphabetic, 3);

    public string NameSuffix => Component(Alphabetic, 4);

    /// <summary>The five components of a group ("" where absent), e.g. of <see cref="Ideographic"/>.</summary>
    public static IReadOnlyList<string> Components(string group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var parts = group.Split('^');
        return [.. Enumerable.Range(0, 5).Select(i => i < parts.Length ? parts[i] : "")];
    }

    /// <summary>The PN value: groups joined with "=", trailing empty groups dropped.</summary>
    public override string ToString()
    {
        string[] groups = [Alphabetic, Ideographic, Phonetic];
        var count = groups.Length;
        while (count > 1 && groups[count - 1].Length == 0) count--;
        return string.Join('=', groups, 0, count);
    }

    private static string Component(string group, int index) => Components(group)[index];
}
