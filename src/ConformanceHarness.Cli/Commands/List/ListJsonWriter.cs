using System.Text.Encodings.Web;
using System.Text.Json;

namespace ConformanceHarness.Cli.Commands.List;

/// <summary><c>harness list --format json</c>: the listings as an indented camelCase JSON array, for tools.</summary>
public static class ListJsonWriter
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(IReadOnlyList<FeatureListing> features, TextWriter output)
    {
        output.WriteLine(JsonSerializer.Serialize(features, Options));
        output.Flush();
    }
}
