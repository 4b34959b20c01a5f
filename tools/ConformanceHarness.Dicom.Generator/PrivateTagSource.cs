using System.Text.Json;

namespace ConformanceHarness.Dicom.Generator;

/// <summary>The private dictionary (private-tags.json), sorted by creator, group and element byte.</summary>
public static class PrivateTagSource
{
    public static IReadOnlyList<PrivateTagRow> Load(string repoDataDir)
    {
        var path = Path.Combine(repoDataDir, "private-tags.json");
        var rows = JsonSerializer.Deserialize<PrivateTagRow[]>(File.ReadAllText(path), AttributeSource.JsonOptions)
            ?? throw new InvalidDataException($"{path} holds no rows");
        foreach (var row in rows.Where(row => row.GroupNumber % 2 == 0))
            throw new InvalidDataException($"{row.Creator} {row.Keyword}: group {row.Group} is not private (odd)");
        return [.. rows.OrderBy(row => row.Creator.Trim(), StringComparer.Ordinal).ThenBy(row => row.GroupNumber).ThenBy(row => row.ElementByte)];
    }
}
