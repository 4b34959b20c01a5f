using ConformanceHarness.Dicom.Validation.Engine;

namespace ConformanceHarness.Dicom.Validation.Rules.Modules;

/// <summary>
/// Presence and type (1, 1C, 2, 2C; 3 is optional) of the attributes of one module (PS3.3), in the data set and in the
/// items of its sequences, when the module applies to the instance's IOD (<see cref="DicomModule.AppliesTo"/>).
/// Conditions the module data cannot express (<see cref="ModuleAttribute.ConditionText"/>) are not checked.
/// </summary>
public sealed class ModuleAttributesRule(DicomModule module) : IInstanceRule
{
    public const string Name = "module-attributes";

    public static IInstanceRule Create(RuleParameters parameters)
    {
        parameters.RejectUnknown("module");
        var id = parameters.RequiredString("module");
        return ModuleData.Modules.TryGetValue(id, out var module) ? new ModuleAttributesRule(module)
            : throw new InvalidDataException($"{parameters.Where}: parameter 'module': '{id}' is not one of {string.Join(", ", ModuleData.Modules.Keys)}");
    }

    public IEnumerable<DicomFinding> Check(InstanceContext instance) =>
        module.AppliesTo(instance.Dataset, ModuleData.DescribedSopClasses)
            ? CheckItem(instance.Dataset, module.Attributes, TagPath.Root, instance.Dataset) : [];

    private IEnumerable<DicomFinding> CheckItem(DicomDataset item, IReadOnlyList<ModuleAttribute> attributes, string path, DicomDataset root)
    {
        foreach (var attribute in attributes)
        {
            var type = attribute.EffectiveType(item, root);
            if (AttributePresence.Problem(item, attribute.Tag, type) is { } problem)
                yield return new(DicomFindingSeverity.Error, Name, TagPath.Of(path, attribute.Tag),
                    $"{attribute}, {Describe(attribute, type)} of the {module}, {problem}");
            foreach (var (child, childPath) in AttributePresence.ItemsOf(item, attribute.Tag, path))
                foreach (var finding in CheckItem(child, attribute.Items, childPath, root))
                    yield return finding;
        }
    }

    private static string Describe(ModuleAttribute attribute, AttributeType effective) =>
        attribute.Type == effective ? $"Type {TypeName(effective)}"
        : $"Type {TypeName(attribute.Type)} (condition {string.Join(" and ", attribute.Condition)} holds)";

    private static string TypeName(AttributeType type) => type.ToString()["Type".Length..];
}
