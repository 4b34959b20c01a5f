using System.Text.Json;

namespace ConformanceHarness.Dicom.Generator;

/// <summary>
/// The public dictionary: attributes.json (PS3.6 Table 6-1) plus the command elements of PS3.7
/// Table E.1-1 from command-elements.json for any tag attributes.json lacks. Sorted by tag, then mask.
/// </summary>
public static class AttributeSource
{
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<DictionaryRow> Load(string standardDir, string repoDataDir)
    {
        var standard = Read(Path.Combine(standardDir, "attributes.json"));
        var commands = Read(Path.Combine(repoDataDir, "command-elements.json"));
        var known = standard.Select(row => row.Pattern).ToHashSet();
        var rows = standard.Concat(commands.Where(row => !known.Contains(row.Pattern)))
            .OrderBy(row => row.Pattern.Tag).ThenByDescending(row => row.Pattern.Mask).ToList();
        CheckUnique(rows);
        return rows;
    }

    private static List<DictionaryRow> Read(string path) =>
        [.. (JsonSerializer.Deserialize<AttributeRow[]>(File.ReadAllText(path), JsonOptions)
            ?? throw new InvalidDataException($"{path} holds no rows")).Select(DictionaryRow.From)];

    private static void CheckUnique(IEnumerable<DictionaryRow> rows)
    {
        var duplicate = rows.Where(row => row.Keyword.Length > 0).GroupBy(row => row.Keyword).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidDataException($"keyword {duplicate.Key} appears {duplicate.Count()} times");
    }
}
