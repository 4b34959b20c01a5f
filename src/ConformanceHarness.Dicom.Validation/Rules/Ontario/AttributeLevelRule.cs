using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Rules.Modules;

namespace ConformanceHarness.Dicom.Validation.Rules.Ontario;

/// <summary>
/// An Ontario level from the spec §3 attribute tables, stricter than the DICOM type: parameter <c>path</c> names the
/// attribute (<c>(0008,0080)</c>, or <c>(0040,0275)/(0040,1001)</c> for the attribute in every item of a sequence present),
/// <c>level</c> is <c>R</c> (present with a value), <c>R2</c> (present, may be empty) or <c>O</c>, and
/// <c>forbiddenValues</c> lists values it must not hold (<c>YES</c> for Patient Identity Removed).
/// </summary>
public sealed class AttributeLevelRule(IReadOnlyList<DicomTag> tags, AttributeType type, IReadOnlyList<string> forbidden) : IInstanceRule
{
    public const string Name = "attribute-level";

    public static IInstanceRule Create(RuleParameters parameters)
    {
        parameters.RejectUnknown("path", "level", "forbiddenValues");
        var text = parameters.RequiredString("path");
        var path = text.Split('/').Select(part => DicomTag.TryParse(part, out var tag) ? tag
            : throw new InvalidDataException($"{parameters.Where}: parameter 'path': '{part}' is not a tag like (0010,0020)")).ToList();
        var type = (parameters.String("level") ?? "R") switch
        {
            "R" => AttributeType.Type1,
            "R2" => AttributeType.Type2,
            "O" => AttributeType.Type3,
            var other => throw new InvalidDataException($"{parameters.Where}: parameter 'level': '{other}' is not R, R2 or O"),
        };
        return new AttributeLevelRule(path, type, parameters.Strings("forbiddenValues"));
    }

    public IEnumerable<DicomFinding> Check(InstanceContext instance) =>
        Holders(instance.Dataset, TagPath.Root, 0).SelectMany(holder => CheckHolder(holder.Item, holder.Path));

    private IEnumerable<(DicomDataset Item, string Path)> Holders(DicomDataset item, string path, int depth) =>
        depth == tags.Count - 1 ? [(item, path)]
        : AttributePresence.ItemsOf(item, tags[depth], path).SelectMany(child => Holders(child.Item, child.Path, depth + 1));

    private IEnumerable<DicomFinding> CheckHolder(DicomDataset item, string parentPath)
    {
        var tag = tags[^1];
        var where = TagPath.Of(parentPath, tag);
        var name = DicomDictionary.Lookup(tag)?.Keyword is { Length: > 0 } keyword ? $"{keyword} {tag}" : tag.ToString();
        if (AttributePresence.Problem(item, tag, type) is { } problem)
            yield return new(DicomFindingSeverity.Error, Name, where, $"{name} {problem}; the Ontario level is {Level}");
        else if (item.TryGetString(tag, out var value) && forbidden.Contains(value.Trim()))
            yield return new(DicomFindingSeverity.Error, Name, where, $"{name} must not be '{value.Trim()}'", value.Trim());
    }

    private string Level => type switch { AttributeType.Type1 => "R (present with a value)", AttributeType.Type2 => "R2 (present)", _ => "O" };
}
