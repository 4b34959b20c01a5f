using System.Globalization;
using System.Text.RegularExpressions;

using ConformanceHarness.Dicom.Network.QueryRetrieve;
using ConformanceHarness.Dicom.Network.Tests.QueryRetrieve;
using ConformanceHarness.TestSupport.Peers;

using static ConformanceHarness.Dicom.Network.Tests.Interop.InteropFiles;

namespace ConformanceHarness.Dicom.Network.Tests.Interop;

/// <summary>
/// movescu and getscu against the archive: a move to our own second SCP (movescu only connects, root namespace), a move
/// back to movescu itself (it listens on 0.0.0.0, so it runs in a private network namespace together with the archive's
/// sockets), and a get on the same association. Every instance arrives identical; the final response carries the counts.
/// </summary>
[Collection(DcmtkCollection.Name)]
public sealed partial class DcmtkRetrieveTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Movescu_TwoStudiesToOurSecondScp_ArriveIdenticalWithCountsInTheFinalResponse()
    {
        var (destination, received) = ArchiveServer.StartStorage("DEST");
        await using var _ = destination;
        await using var archive = ArchiveServer.Start(moveDestinations: new Dictionary<string, DicomApplicationEntity> { ["DEST"] = new("DEST", "127.0.0.1", destination.Port) });
        var sent = await SeedAsync(archive, [.. SyntheticSeries(3), Corpus("SC_rgb_rle.dcm")]);

        var log = Succeeded(await Dcmtk.RunAsync("movescu", ["-d", "-S", "-aec", ArchiveServer.AeTitle, "-aem", "DEST",
            "-k", "QueryRetrieveLevel=STUDY", "-k", $"StudyInstanceUID={string.Join('\\', StudyUids(sent))}", "127.0.0.1", Port(archive)], ToolTimeout, Token));

        Assert.Equal("0x0000", DimseStatus().Matches(log)[^1].Groups["code"].Value);
        Assert.Equal(4, FinalCount(log, "Completed"));
        Assert.Equal(0, FinalCount(log, "Failed"));
        foreach (var path in sent) AssertArrived(path, received);
    }

    [Fact]
    public async Task Movescu_ToItself_ReceivesTheStudyIdentical()
    {
        await using var inside = await NetworkNamespace.CreateAsync(Token);
        var movescuPort = inside.FreePort();
        await using var archive = ArchiveServer.Start(socketFactory: inside.CreateSocket,
            moveDestinations: new Dictionary<string, DicomApplicationEntity> { ["MOVESCU"] = new("MOVESCU", "127.0.0.1", movescuPort) });
        var sent = await SeedAsync(archive, [.. SyntheticSeries(3), Corpus("SC_rgb_rle.dcm")]);
        var folder = NewFolder("movescu");

        var log = Succeeded(await Dcmtk.RunAsync(inside, "movescu", ["-v", "-S", "+xa", "-aet", "MOVESCU", "-aec", ArchiveServer.AeTitle, "-aem", "MOVESCU",
            "+P", movescuPort.ToString(CultureInfo.InvariantCulture), "-od", folder, "-k", "QueryRetrieveLevel=STUDY",
            "-k", $"StudyInstanceUID={string.Join('\\', StudyUids(sent))}", "127.0.0.1", Port(archive)], ToolTimeout, Token));

        AssertLogged(log, "Received Final Move Response (Success)");
        AssertFilesArrived(sent, folder);
    }

    [Fact]
    public async Task Getscu_Series_ArrivesIdenticalOnTheSameAssociation()
    {
        await using var archive = ArchiveServer.Start();
        var sent = await SeedAsync(archive, SyntheticSeries(3));
        var series = DicomInstance.Load(sent[0]).Dataset;
        var folder = NewFolder("getscu");

        var log = Succeeded(await Dcmtk.RunAsync("getscu", ["-v", "-S", "-aec", ArchiveServer.AeTitle, "-od", folder, "-k", "QueryRetrieveLevel=SERIES",
            "-k", $"StudyInstanceUID={series.GetString(DicomTags.StudyInstanceUID)}", "-k", $"SeriesInstanceUID={series.GetString(DicomTags.SeriesInstanceUID)}",
            "127.0.0.1", Port(archive)], ToolTimeout, Token));

        AssertLogged(log, "Received C-GET Response (Success)");
        AssertLogged(log, "Number of Completed Suboperations : 3");
        AssertFilesArrived(sent, folder);
    }

    private static async Task<IReadOnlyList<string>> SeedAsync(ArchiveServer archive, IReadOnlyList<string> paths)
    {
        foreach (var path in paths) await archive.Archive.StoreAsync(DicomInstance.Load(path), Token);
        return paths;
    }

    private static IEnumerable<string> StudyUids(IEnumerable<string> paths) =>
        paths.Select(path => DicomInstance.Load(path).Dataset.GetString(DicomTags.StudyInstanceUID)).Distinct();

    /// <summary>The files a DCMTK tool wrote into <paramref name="folder"/> are the sent ones, element by element.</summary>
    private static void AssertFilesArrived(IReadOnlyList<string> sent, string folder)
    {
        var received = InstanceArchive.InMemory();
        foreach (var path in Directory.GetFiles(folder)) received.StoreAsync(DicomInstance.Load(path), CancellationToken.None).GetAwaiter().GetResult();
        Assert.Equal(sent.Count, received.Count);
        foreach (var path in sent) AssertArrived(path, received);
    }

    /// <summary>A sub-operation count of the last C-MOVE-RSP movescu dumped (-d), e.g. "Completed Suboperations : 4".</summary>
    private static int FinalCount(string log, string which)
    {
        var counts = SuboperationCount().Matches(log).Where(match => match.Groups["which"].Value == which).ToList();
        Assert.True(counts.Count > 0, $"no '{which} Suboperations' in the log:\n{log}");
        return int.Parse(counts[^1].Groups["count"].Value, CultureInfo.InvariantCulture);
    }

    private static string Port(ArchiveServer archive) => archive.Port.ToString(CultureInfo.InvariantCulture);

    /// <summary>"DIMSE Status : 0x0000: Success…" of each response movescu dumped (-d).</summary>
    [GeneratedRegex(@"DIMSE Status\s*:\s*(?<code>0x[0-9a-f]{4})")]
    private static partial Regex DimseStatus();

    [GeneratedRegex(@"(?<which>Remaining|Completed|Failed|Warning) Suboperations\s*:\s*(?<count>\d+)")]
    private static partial Regex SuboperationCount();
}
