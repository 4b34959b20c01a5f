namespace ConformanceHarness.Dicom.Values;

/// <summary>
/// Checks one value of a string VR against PS3.5 Table 6.2-1 (repertoire, leading spaces, maximum length,
/// format), and a value count against a VM (PS3.5 §6.4). Returns violations; never throws for bad data.
/// </summary>
public static class DicomValueValidator
{
    /// <summary>
    /// Validates one value, already split on backslash, with or without its trailing padding. An empty value is
    /// valid (PS3.5 §7.4: zero-length values are allowed). Throws <see cref="ArgumentException"/> for a VR whose
    /// values are not text.
    /// </summary>
    public static IReadOnlyList<ValueViolation> Validate(DicomVR vr, string value)
    {
        ArgumentNullException.ThrowIfNull(vr);
        ArgumentNullException.ThrowIfNull(value);
        if (!VRValueRules.ByVR.TryGetValue(vr, out var rule))
        {
            throw new ArgumentException($"{vr} values are {vr.Kind}, not text", nameof(vr));
        }

        // 1. Trailing padding (space, or NUL for UI) is not part of the value.
        var unpadded = value.TrimEnd((char)vr.Padding);
        if (unpadded.Length == 0 || (vr.Padding == ' ' && unpadded.Trim(' ').Length == 0))
        {
            return rule.RejectsBlank && value.Length > 0
                ? [new(ValueViolationCodes.BadFormat, $"{vr} value '{value}' consists only of spaces")]
                : [];
        }

        // 2. Spaces where the VR forbids them; the rest of the checks see the value without them.
        var violations = new List<ValueViolation>();
        var content = CheckSpaces(vr, rule, unpadded, violations);

        // 3. Repertoire; the format is only checked over allowed characters.
        var bad = IndexOfDisallowed(content, rule.Allows);
        if (bad >= 0)
        {
            violations.Add(new(ValueViolationCodes.InvalidCharacter,
                $"{vr} value '{value}' has '{Printable(content[bad])}' (U+{(int)content[bad]:X4}) at {bad}; {vr} allows {rule.Repertoire}"));
        }
        else
        {
            violations.AddRange(rule.Format(content));
        }

        // 4. Maximum length (characters; bytes for UI; per component group for PN); retired forms had their own.
        CheckLength(vr, rule, rule.Leading == LeadingSpaces.Forbidden ? content : unpadded, violations);
        return violations;
    }

    /// <summary>
    /// Checks <paramref name="count"/> values against a VM such as "1", "1-3", "1-n", "2-2n" or "3n". A count of
    /// zero (an empty attribute) satisfies any VM. A VR that cannot hold several values (LT, ST, UT, UR, OB…)
    /// only ever satisfies a count of one.
    /// </summary>
    public static IReadOnlyList<ValueViolation> ValidateMultiplicity(DicomVR vr, int count, string valueMultiplicity)
    {
        ArgumentNullException.ThrowIfNull(vr);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var vm = ValueMultiplicity.Parse(valueMultiplicity);
        if (count > 1 && !vr.IsMultiValued)
        {
            return [new(ValueViolationCodes.BadMultiplicity, $"{vr} holds a single value, but {count} were given")];
        }

        return count == 0 || vm.Allows(count)
            ? []
            : [new(ValueViolationCodes.BadMultiplicity, $"{count} value(s) do not satisfy VM {vm}")];
    }

    private static string CheckSpaces(DicomVR vr, VRValueRule rule, string unpadded, List<ValueViolation> violations)
    {
        var content = rule.Leading == LeadingSpaces.Significant ? unpadded : unpadded.TrimStart(' ');
        if (rule.Leading == LeadingSpaces.Forbidden && content.Length != unpadded.Length)
        {
            violations.Add(new(ValueViolationCodes.BadPadding, $"{vr} value '{unpadded}' has leading spaces"));
        }

        if (vr.Padding != ' ' && content.EndsWith(' '))
        {
            violations.Add(new(ValueViolationCodes.BadPadding, $"{vr} value '{unpadded}' is padded with spaces; {vr} pads with NUL"));
            content = content.TrimEnd(' ');
        }

        return content;
    }

    private static void CheckLength(DicomVR vr, VRValueRule rule, string unpadded, List<ValueViolation> violations)
    {
        var length = rule.LengthOf(unpadded);
        if (vr.MaxLength != uint.MaxValue && length > vr.MaxLength
            && !violations.Exists(v => v.Code == ValueViolationCodes.RetiredFormat))
        {
            var unit = vr == DicomVR.UI ? "bytes" : "characters";
            violations.Add(new(ValueViolationCodes.TooLong, $"{vr} value '{unpadded}' is {length} {unit}; {vr} allows at most {vr.MaxLength}"));
        }
    }

    private static int IndexOfDisallowed(string content, Func<char, bool> allows)
    {
        for (var i = 0; i < content.Length; i++)
        {
            if (!allows(content[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Printable(char c) => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString();
}
