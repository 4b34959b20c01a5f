using System.Runtime.CompilerServices;
using ConformanceHarness.Dicom.Validation.Engine;

namespace ConformanceHarness.Dicom.Validation.Rules.Modules;

/// <summary>
/// Presence and type (1, 1C, 2, 2C; 3 is optional) of the attributes of one module (PS3.3), in the data set and in the
/// items of its sequences, when the module applies to the instance's IOD (<see cref="DicomModule.AppliesTo"/>). A 1C/2C
/// attribute is checked as 1/2 when its condition holds; present while its condition is false, it is an error only where
/// PS3.3 says "shall not be present otherwise" (<see cref="TypeCondition.AbsentOtherwise"/>). A condition the data set
/// cannot decide (<c>unknown</c>: "if the patient is an animal") is never checked.
/// </summary>
public sealed class ModuleAttributesRule(DicomModule module) : IInstanceRule
{
    public const string Name = "module-attributes";

    public const string ShallNotBePresent = "is present, but shall not be present when its condition does not hold";

    public static IInstanceRule Create(RuleParameters parameters)
    {
        parameters.RejectUnknown("module");
        var id = parameters.RequiredString("module");
        return ModuleData.Modules.TryGetValue(id, out var module) ? new ModuleAttributesRule(module)
            : throw new InvalidDataException($"{parameters.Where}: parameter 'module': '{id}' is not one of {string.Join(", ", ModuleData.Modules.Keys)}");
    }

    public IEnumerable<DicomFinding> Check(InstanceContext instance)
    {
        if (!module.AppliesTo(instance.Dataset, instance.SopClassUid, ModuleData.DescribedSopClasses)) return [];
        var findings = new List<DicomFinding>();
        CheckItem(new(instance.Dataset, instance.SopClassUid, instance.FileMetaInformation), module.Attributes, TagPath.Root, findings);
        return findings;
    }

    /// <remarks>Attributes sharing a condition (the module data holds one object per distinct condition) evaluate it once per item.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CheckItem(ConditionScope scope, IReadOnlyList<ModuleAttribute> attributes, string path, List<DicomFinding> findings)
    {
        (TypeCondition? Condition, bool? Decision) last = default;
        foreach (var attribute in attributes)
        {
            if (attribute.Condition is { } condition && !ReferenceEquals(condition, last.Condition)) last = (condition, condition.Evaluate(scope));
            var decision = attribute.Condition is null ? null : last.Decision;
            var type = attribute.EffectiveType(decision);
            var problem = AttributePresence.Problem(scope.Item, attribute.Tag, type);
            if (problem is null && decision == false && attribute.Condition!.AbsentOtherwise && scope.Item.Contains(attribute.Tag))
                problem = ShallNotBePresent;
            if (problem is not null)
                findings.Add(new(DicomFindingSeverity.Error, Name, TagPath.Of(path, attribute.Tag), Message(attribute, decision, problem)));
            if (attribute.Items.Count == 0) continue;
            foreach (var (child, childPath) in AttributePresence.ItemsOf(scope.Item, attribute.Tag, path))
                CheckItem(scope.InItem(child), attribute.Items, childPath, findings);
        }
    }

    /// <summary><c>Rows (0028,0010), Type 1 of the Image Pixel module (Table C.7-11a), is missing</c>; a 1C/2C also quotes its condition.</summary>
    private string Message(ModuleAttribute attribute, bool? decision, string problem) => attribute.Condition is not { } condition
        ? $"{attribute}, Type {TypeName(attribute.Type)} of the {module}, {problem}"
        : $"{attribute}, Type {TypeName(attribute.Type)} (condition {condition} {(decision == true ? "holds" : "does not hold")}) of the {module}, {problem}"
            + $"; {condition.Source}: \"{condition.Wording}\"";

    private static string TypeName(AttributeType type) => type.ToString()["Type".Length..];
}
