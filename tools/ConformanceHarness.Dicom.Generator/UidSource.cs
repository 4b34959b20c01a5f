using System.Text.Json;
using System.Text.RegularExpressions;

namespace ConformanceHarness.Dicom.Generator;

/// <summary>
/// The UID registry: the Storage SOP classes of sops.json (keywords derived from their names), then
/// uids.json, whose rows add UIDs or override a sops.json row with the same UID.
/// </summary>
public static class UidSource
{
    private static readonly HashSet<string> _types =
        ["TransferSyntax", "SopClass", "MetaSopClass", "WellKnownInstance", "ServiceClass", "ApplicationContextName", "CodingScheme", "Other"];

    public static IReadOnlyList<UidRow> Load(string standardDir, string repoDataDir)
    {
        var sops = Deserialize<SopRow[]>(Path.Combine(standardDir, "sops.json"));
        var authored = Deserialize<UidFile>(Path.Combine(repoDataDir, "uids.json")).Uids;
        var rows = sops.Select(sop => new UidRow(sop.Id, sop.Name, KeywordFrom(sop.Name), "SopClass", false, Storage: true))
            .ToDictionary(row => row.Uid, StringComparer.Ordinal);
        foreach (var row in authored)
            rows[row.Uid] = row with { Storage = row.Storage || rows.ContainsKey(row.Uid) };
        var sorted = rows.Values.OrderBy(row => row.Uid, UidComparer.Instance).ToList();
        Check(sorted);
        return sorted;
    }

    /// <summary>PS3.6 keywords join the name's words, each capitalised: "Digital X-Ray Image Storage - For Presentation" → DigitalXRayImageStorageForPresentation.</summary>
    public static string KeywordFrom(string name) =>
        string.Concat(Regex.Split(name, "[^A-Za-z0-9]+").Where(w => w.Length > 0).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private static void Check(IReadOnlyList<UidRow> rows)
    {
        foreach (var row in rows)
        {
            if (row.Keyword.Length == 0 || !char.IsAsciiLetter(row.Keyword[0]) || !row.Keyword.All(char.IsAsciiLetterOrDigit))
                throw new InvalidDataException($"{row.Uid}: keyword '{row.Keyword}' is not an identifier; give one in uids.json");
            if (!_types.Contains(row.Type)) throw new InvalidDataException($"{row.Uid}: unknown type '{row.Type}'");
        }
        var duplicate = rows.GroupBy(row => row.Keyword).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidDataException($"keyword {duplicate.Key} names {duplicate.Count()} UIDs");
    }

    private static T Deserialize<T>(string path) =>
        JsonSerializer.Deserialize<T>(File.ReadAllText(path), AttributeSource.JsonOptions) ?? throw new InvalidDataException($"{path} is empty");
}
