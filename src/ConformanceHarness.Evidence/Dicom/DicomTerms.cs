using System.Text.Json.Nodes;

using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Network.Pdus;

namespace ConformanceHarness.Evidence.Dicom;

/// <summary>The JSON shapes of coded PDU fields (names from <see cref="PduTerms"/>) and UIDs:
/// <c>{"code":…,"name":…}</c> and <c>{"uid":…,"name":…}</c> (name null when not registered).</summary>
internal static class DicomTerms
{
    public static JsonObject Coded<T>(T value, int code, IReadOnlyDictionary<T, string> names) where T : notnull =>
        new() { ["code"] = code, ["name"] = names.GetValueOrDefault(value) ?? $"unknown ({code})" };

    public static JsonObject Uid(string uid) => new() { ["uid"] = uid, ["name"] = DicomUids.Lookup(uid)?.Name };

    public static JsonObject Uid(TransferSyntax syntax) => new() { ["uid"] = syntax.Uid, ["name"] = syntax.Name };
}
