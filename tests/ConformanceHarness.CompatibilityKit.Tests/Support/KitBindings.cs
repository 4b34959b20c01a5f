using System.Reflection;
using ConformanceHarness.Gherkin.Bindings;

namespace ConformanceHarness.CompatibilityKit.Tests.Support;

/// <summary>
/// The C# port of a kit feature's step definitions: the [Binding] classes of namespace
/// <c>Kit.&lt;PascalName&gt;</c> ("all-statuses" → <c>Kit.AllStatuses</c>).
/// </summary>
internal static class KitBindings
{
    private static readonly string KitNamespace = typeof(KitBindings).Namespace!.Replace(".Support", ".Kit", StringComparison.Ordinal);

    public static IReadOnlyList<Type> For(string featureName)
    {
        var ns = $"{KitNamespace}.{PascalName(featureName)}";
        return typeof(KitBindings).Assembly.GetTypes()
            .Where(type => type.Namespace == ns && type.GetCustomAttribute<BindingAttribute>() is not null)
            .OrderBy(type => type.MetadataToken)
            .ToList();
    }

    public static string PascalName(string featureName) =>
        string.Concat(featureName.Split('-').Select(word => char.ToUpperInvariant(word[0]) + word[1..]));
}
