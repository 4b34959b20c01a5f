using System.Text;

namespace ConformanceHarness.CompatibilityKit.Tests.Support;

/// <summary>
/// Compares an emitted NDJSON stream with a kit reference after <see cref="EnvelopeNormalizer"/>,
/// envelope by envelope; a difference names the first differing index and shows both lines.
/// </summary>
internal static class NdjsonComparison
{
    public static void AssertEquivalent(IReadOnlyList<string> expectedLines, IReadOnlyList<string> actualLines, string actualFile)
    {
        var expected = new EnvelopeNormalizer().Normalize(expectedLines);
        var actual = new EnvelopeNormalizer().Normalize(actualLines);
        var count = Math.Min(expected.Count, actual.Count);
        for (var index = 0; index < count; index++)
        {
            if (expected[index] != actual[index])
                Assert.Fail(Describe(index, expected, actual, actualLines, actualFile));
        }
        if (expected.Count != actual.Count)
            Assert.Fail(Describe(count, expected, actual, actualLines, actualFile));
    }

    private static string Describe(int index, IReadOnlyList<string> expected, IReadOnlyList<string> actual,
        IReadOnlyList<string> actualLines, string actualFile)
    {
        var text = new StringBuilder();
        text.Append($"envelope #{index} differs (expected {expected.Count} envelopes, actual {actual.Count})\n");
        text.Append($"expected: {LineAt(expected, index)}\n");
        text.Append($"actual:   {LineAt(actual, index)}\n");
        text.Append($"raw actual: {LineAt(actualLines, index)}\n");
        text.Append($"whole actual stream: {actualFile}");
        return text.ToString();
    }

    private static string LineAt(IReadOnlyList<string> lines, int index) =>
        index < lines.Count ? lines[index] : "<none: the stream ended>";
}
