using System.Runtime.CompilerServices;
using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Network;
using ConformanceHarness.Dicom.Network.Dimse;

namespace ConformanceHarness.Cli.Tests.Commands.Dicom.Network;

/// <summary>
/// A Query/Retrieve SCP for the CLI tests: a few data sets in memory, matched key by key on exact values (a trailing *
/// matches a prefix), every match at instance level. C-FIND returns the identifier's attributes filled from the match;
/// C-MOVE and C-GET send the matches. Records what it was asked.
/// </summary>
public sealed class TinyArchive(params DicomDataset[] instances) : DicomServiceHandler
{
    private static readonly DicomTag[] NotMatched = [DicomTags.QueryRetrieveLevel, DicomTags.SpecificCharacterSet];

    public DicomDataset? LastIdentifier { get; private set; }

    public string? LastAbstractSyntax { get; private set; }

    /// <summary>When set, C-FIND answers this failure instead of matching.</summary>
    public DicomStatus? FindFailure { get; init; }

    public override async IAsyncEnumerable<DicomDataset> OnCFindAsync(DimseRequestContext context, CFindRequest request)
    {
        await Task.CompletedTask;
        if (FindFailure is { } failure) throw new DimseStatusException(failure, "the test archive refuses");
        foreach (var match in Matches(context, request)) yield return Answer(request.Dataset!, match);
    }

    public override Task<IReadOnlyList<DicomInstance>> OnCMoveAsync(DimseRequestContext context, CMoveRequest request) =>
        Task.FromResult(Instances(context, request));

    public override Task<IReadOnlyList<DicomInstance>> OnCGetAsync(DimseRequestContext context, CGetRequest request) =>
        Task.FromResult(Instances(context, request));

    private IReadOnlyList<DicomInstance> Instances(DimseRequestContext context, DimseRequest request) =>
        [.. Matches(context, request).Select(match => DicomInstance.FromDataset(match, TransferSyntax.ExplicitVRLittleEndian))];

    private List<DicomDataset> Matches(DimseRequestContext context, DimseRequest request)
    {
        LastIdentifier = request.Dataset!;
        LastAbstractSyntax = context.PresentationContext.AbstractSyntax;
        var keys = LastIdentifier.OfType<DicomElement>().Where(key => key.Length > 0 && !NotMatched.Contains(key.Tag)).ToList();
        return [.. instances.Where(instance => keys.All(key => Matches(LastIdentifier.GetString(key.Tag), instance, key.Tag)))];
    }

    private static bool Matches(string wanted, DicomDataset instance, DicomTag tag) =>
        instance.TryGetString(tag, out var value) && (wanted.EndsWith('*') ? value.StartsWith(wanted[..^1], StringComparison.Ordinal) : value == wanted);

    private static DicomDataset Answer(DicomDataset identifier, DicomDataset match)
    {
        var answer = new DicomDataset();
        foreach (var key in identifier) answer.AddOrUpdate(match.TryGetItem(key.Tag, out var value) ? value : key);
        return answer;
    }
}
