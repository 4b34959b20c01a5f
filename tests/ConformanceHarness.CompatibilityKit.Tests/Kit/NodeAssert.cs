using System.Globalization;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit;

/// <summary>
/// The kit's step definitions assert with Node's <c>node:assert</c>; its failure message is part of
/// the reference NDJSON, so the ports throw the same text.
/// </summary>
internal static class NodeAssert
{
    /// <summary><c>assert.strictEqual(actual, expected)</c>.</summary>
    public static void StrictEqual<T>(T actual, T expected)
    {
        if (EqualityComparer<T>.Default.Equals(actual, expected)) return;
        throw new Exception($"Expected values to be strictly equal:\n\n{Show(actual)} !== {Show(expected)}\n");
    }

    /// <summary><c>assert.ok(value)</c> for a value that must be present.</summary>
    public static void Ok(object? value)
    {
        if (value is null) throw new Exception("The expression evaluated to a falsy value");
    }

    private static string Show(object? value) =>
        value is null ? "undefined" : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
}
