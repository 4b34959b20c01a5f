using Hl7.Fhir.Model;

namespace ConformanceHarness.Fhir.Validation.Slicing;

/// <summary>Whether one context of use (StructureDefinition.context of type element or extension) admits a place.</summary>
internal static class ExtensionContextMatcher
{
    private const int MaxBaseDepth = 8;

    public static bool Allows(StructureDefinition.ExtensionContextType? type, string text, ExtensionPlace place, ValidationRun run)
    {
        var expression = Normalise(text);
        if (type == StructureDefinition.ExtensionContextType.Extension)
            return place.Type == "Extension" && place.Parent.Children("url").FirstOrDefault()?.Value as string == expression;
        if (expression == "Element" || (expression == "Resource" && place.IsResource)) return true;
        foreach (var path in place.Paths)
            if (path == expression) return true;
        return !expression.Contains('.') && IsOfType(place.Type, expression, run);
    }

    /// <summary>The type or one of its base types (from the core definitions' baseDefinition) is <paramref name="expected"/>.</summary>
    private static bool IsOfType(string type, string expected, ValidationRun run)
    {
        for (var depth = 0; depth < MaxBaseDepth && type.Length > 0; depth++)
        {
            if (type == expected) return true;
            var baseUrl = run.Schemas.ForType(type).Schema?.Definition.BaseDefinition;
            type = baseUrl is null ? "" : baseUrl[(baseUrl.LastIndexOf('/') + 1)..];
        }
        return false;
    }

    /// <summary>Choice suffixes and slice names do not appear in instance paths: <c>Observation.value[x]</c> → <c>Observation.value</c>.</summary>
    private static string Normalise(string expression)
    {
        var text = expression.Replace("[x]", "", StringComparison.Ordinal);
        while (text.IndexOf(':') is var colon and >= 0)
        {
            var end = text.IndexOf('.', colon);
            text = end < 0 ? text[..colon] : text[..colon] + text[end..];
        }
        return text;
    }
}
