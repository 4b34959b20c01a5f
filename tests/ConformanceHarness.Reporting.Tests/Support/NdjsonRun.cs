namespace ConformanceHarness.Reporting.Tests.Support;

/// <summary>Runs features with a <see cref="CucumberMessagesWriter"/> listening and returns what it wrote.</summary>
internal static class NdjsonRun
{
    public static async Task<Envelopes> RunAsync(string featureText, params Type[] bindings) =>
        Envelopes.Read(await RunBytesAsync([("test.feature", featureText)], bindings));

    public static async Task<byte[]> RunBytesAsync(IReadOnlyList<(string Name, string Text)> features, params Type[] bindings)
    {
        var stream = new MemoryStream();
        using (var writer = new CucumberMessagesWriter(stream))
            await FeatureRun.RunAsync(features, bindings, writer);
        return stream.ToArray();
    }
}
