using System.Globalization;
using System.Text.RegularExpressions;

using ConformanceHarness.Dicom.Validation.Engine;

namespace ConformanceHarness.Dicom.Validation.Oracles;

/// <summary>
/// Reads what <c>dciodvfy</c> prints: one finding per <c>Error - …</c> or <c>Warning - …</c> line (also when a tag
/// and VR come first, <c>(0x0008,0x0008) CS Image Type Error - Tag read failed …</c>), with the tag it names as
/// <c>(0x0008,0x0020)</c>, <c>Element=&lt;PatientID&gt;</c> or a path's last, <c>&lt;/Laterality(0020,0060)&gt;</c>, the value it quotes (<c>[1] = &lt;…&gt;</c> or
/// <c>"…"</c>), and the kind of message in the rule name. Other lines (the IOD name, blank ones) are skipped;
/// nothing here throws on odd output. dciodvfy names no sequence items: the tag path is the tag alone. It prints some
/// lines twice (the data set pass and the IOD pass report the same bad value): a repeated line is one finding.
/// </summary>
public static partial class DciodvfyOutput
{
    public static IReadOnlyList<DicomFinding> Parse(string output, string file)
    {
        var findings = new List<DicomFinding>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n'))
            if (seen.Add(line.TrimEnd('\r')) && ParseLine(line.TrimEnd('\r'), file) is { } finding) findings.Add(finding);
        return findings;
    }

    public static DicomFinding? ParseLine(string line, string file)
    {
        var match = LinePattern().Match(line);
        if (!match.Success) return null;
        var severity = match.Groups["severity"].Value == "Error" ? DicomFindingSeverity.Error : DicomFindingSeverity.Warning;
        var message = match.Groups["message"].Value.Trim();
        var tag = TagOf(line);
        return new DicomFinding(severity, DciodvfyMessageKinds.RuleName(DciodvfyMessageKinds.Classify(message)),
            tag?.ToString() ?? TagPath.Root, message, ValueOf(message))
        {
            File = file,
            Source = Dciodvfy.Source,
        };
    }

    private static DicomTag? TagOf(string line)
    {
        if (HexTagPattern().Match(line) is { Success: true } hex)
            return new DicomTag(ushort.Parse(hex.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                ushort.Parse(hex.Groups[2].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        if (PathEndPattern().Match(line) is { Success: true } last)
            return new DicomTag(ushort.Parse(last.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                ushort.Parse(last.Groups[2].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        return KeywordPattern().Match(line) is { Success: true } keyword && DicomDictionary.TryLookup(keyword.Groups[1].Value, out var entry)
            ? entry.Tag : null;
    }

    private static string? ValueOf(string message) =>
        QuotedValuePattern().Match(message) is { Success: true } quoted ? quoted.Groups["value"].Value
        : QuotedUidPattern().Match(message) is { Success: true } uid ? uid.Groups[1].Value : null;

    [GeneratedRegex(@"^(?<prefix>.*?)\b(?<severity>Error|Warning) - (?<message>.*)$")]
    private static partial Regex LinePattern();

    [GeneratedRegex(@"\(0x([0-9A-Fa-f]{4}),0x([0-9A-Fa-f]{4})\)")]
    private static partial Regex HexTagPattern();

    /// <summary>The last tag of a path, <c>&lt;/ContentSequence(0040,a730)[5]/ReferencedFrameNumber(0008,1160)&gt;</c>.</summary>
    [GeneratedRegex(@"</[^>]*\(([0-9A-Fa-f]{4}),([0-9A-Fa-f]{4})\)>")]
    private static partial Regex PathEndPattern();

    [GeneratedRegex(@"(?:Element|attribute) ?=?<([A-Za-z0-9]+)>")]
    private static partial Regex KeywordPattern();

    [GeneratedRegex(@"\[\d+\] = <(?<value>[^>]*)>")]
    private static partial Regex QuotedValuePattern();

    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex QuotedUidPattern();
}
