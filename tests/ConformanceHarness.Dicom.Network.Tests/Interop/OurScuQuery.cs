using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Dimse;

namespace ConformanceHarness.Dicom.Network.Tests.Interop;

/// <summary>C-FIND identifiers and their answers (PS3.4 C.4.1): the Pending responses' identifiers and the final response.</summary>
internal static class OurScuQuery
{
    /// <summary>An identifier at <paramref name="level"/>: keys with a value match, keys with "" are return keys.</summary>
    public static DicomDataset Identifier(string level, params (DicomTag Tag, string Value)[] keys)
    {
        var identifier = new DicomDataset().AddOrUpdate(DicomTags.QueryRetrieveLevel, level);
        foreach (var (tag, value) in keys) identifier.AddOrUpdate(tag, value.Length == 0 ? [] : [value]);
        return identifier;
    }

    public static async Task<(IReadOnlyList<DicomDataset> Matches, DimseResponse Final)> FindAsync(DicomAssociation association, string model,
        DicomDataset identifier, CancellationToken cancellationToken)
    {
        var matches = new List<DicomDataset>();
        await foreach (var response in association.FindAsync(model, identifier, cancellationToken))
        {
            if (response.Status.State != DicomStatusState.Pending) return (matches, response);
            matches.Add(response.Dataset ?? throw new InvalidOperationException("a Pending C-FIND-RSP without an identifier"));
        }
        throw new InvalidOperationException("the C-FIND responses ended without a final one");
    }

    /// <summary>The value of <paramref name="tag"/> in each match, in order ("" when absent).</summary>
    public static IEnumerable<string> Values(this IEnumerable<DicomDataset> matches, DicomTag tag) =>
        matches.Select(match => match.GetStringOrDefault(tag, ""));
}
