using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConformanceHarness.Reporting.Messages;

/// <summary>
/// Writes the enums of <c>Io.Cucumber.Messages.Types</c> as the protocol's strings ("PASSED",
/// "Context", "text/x.cucumber.gherkin+plain") through the package's <c>&lt;Enum&gt;Extensions.Value</c>
/// helpers, and reads them back. An enum without such a helper falls back to its member name.
/// </summary>
public sealed class ProtocolEnumConverterFactory : JsonConverterFactory
{
    private const string MessagesNamespace = "Io.Cucumber.Messages.Types";

    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsEnum && typeToConvert.Namespace == MessagesNamespace;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(ProtocolEnumConverter<>).MakeGenericType(typeToConvert))!;

    private sealed class ProtocolEnumConverter<TEnum> : JsonConverter<TEnum>
        where TEnum : struct, Enum
    {
        private readonly Dictionary<TEnum, string> _names = Enum.GetValues<TEnum>().ToDictionary(value => value, ProtocolName);
        private readonly Dictionary<string, TEnum> _values;

        public ProtocolEnumConverter() =>
            _values = _names.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString() ?? throw new JsonException($"{typeof(TEnum).Name}: expected a string");
            return _values.TryGetValue(text, out var value)
                ? value
                : throw new JsonException($"{typeof(TEnum).Name}: unknown value \"{text}\"");
        }

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            writer.WriteStringValue(_names[value]);

        private static string ProtocolName(TEnum value)
        {
            var helper = typeof(TEnum).Assembly.GetType($"{typeof(TEnum).FullName}Extensions")
                ?.GetMethod("Value", BindingFlags.Public | BindingFlags.Static, [typeof(TEnum)]);
            return helper?.Invoke(null, [value]) as string ?? value.ToString();
        }
    }
}
