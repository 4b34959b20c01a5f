using System.Text.Json;
using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Network;
using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Dimse;

namespace ConformanceHarness.Cli.Tests.Commands.Dicom.Network;

[Collection(DicomNetworkCollection.Name)]
public sealed class DicomFindCommandTests
{
    private readonly TinyArchive _archive = new(TestInstances.Ct("P1"), TestInstances.Ct("P2"));

    [Fact]
    public async Task Find_Text_PrintsEachMatchAsKeywordValueLines()
    {
        await using var server = ArchiveServer(_archive);

        var run = await HarnessInvocation.RunAsync(["dicom", "find", "--aec", "ARCHIVE", "127.0.0.1", DicomEchoCommandTests.Port(server),
            "-k", "PatientID=P1", "-k", "PatientName", "-k", "StudyInstanceUID"]);

        Assert.Equal(0, run.ExitCode);
        var lines = DicomDumpCommandTests.Lines(run.Stdout);
        Assert.Equal(["# match 1", "QueryRetrieveLevel = STUDY", "PatientName = Synthetic^P1", "PatientID = P1"], lines[..4]);
        Assert.StartsWith("StudyInstanceUID = 2.25.", lines[4]);
        Assert.Equal($"# C-FIND ARCHIVE at 127.0.0.1:{server.Port}: 1 match, 0x0000 Success", lines[^1]);
        Assert.Equal(6, lines.Length);
    }

    [Fact]
    public async Task Find_Json_PrintsADicomJsonArrayOfTheMatches()
    {
        await using var server = ArchiveServer(_archive);

        var run = await HarnessInvocation.RunAsync(["dicom", "find", "--aec", "ARCHIVE", "--format", "json", "127.0.0.1",
            DicomEchoCommandTests.Port(server), "-k", "PatientID=P*", "-k", "Modality"]);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal(["P1", "P2"], json.RootElement.EnumerateArray().Select(match => match.GetProperty("00100020").GetProperty("Value")[0].GetString()));
        Assert.Equal("CT", json.RootElement[0].GetProperty("00080060").GetProperty("Value")[0].GetString());
        Assert.Equal("STUDY", json.RootElement[0].GetProperty("00080052").GetProperty("Value")[0].GetString());
    }

    [Fact]
    public async Task Find_TagsLevelAndModel_BuildTheIdentifierOnThePatientRootFindClass()
    {
        await using var server = ArchiveServer(_archive);

        var run = await HarnessInvocation.RunAsync(["dicom", "find", "--aec", "ARCHIVE", "--model", "patient", "--level", "PATIENT",
            "127.0.0.1", DicomEchoCommandTests.Port(server), "-k", "(0010,0020)=P2", "-k", "0008,0020", "-k", "00100010=Synthetic^P2"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(DicomUids.PatientRootQueryRetrieveInformationModelFind, _archive.LastAbstractSyntax);
        var identifier = _archive.LastIdentifier!;
        Assert.Equal("PATIENT", identifier.GetString(DicomTags.QueryRetrieveLevel));
        Assert.Equal("P2", identifier.GetString(DicomTags.PatientID));
        Assert.Equal(0, identifier.GetElement(DicomTags.StudyDate).Length);
        Assert.Contains("StudyDate = 20240501", run.Stdout);
    }

    [Fact]
    public async Task Find_PeerAnswersAFailure_SaysSoAndExitsOne()
    {
        await using var server = ArchiveServer(new TinyArchive { FindFailure = DicomStatus.Lookup(0xA700, DimseCommandField.CFindResponse) });

        var run = await HarnessInvocation.RunAsync(["dicom", "find", "--aec", "ARCHIVE", "127.0.0.1", DicomEchoCommandTests.Port(server), "-k", "PatientID"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"harness: failed: C-FIND ARCHIVE at 127.0.0.1:{server.Port}: 0 matches, 0xA700 Refused: Out of Resources (the test archive refuses)",
            run.Stderr.TrimEnd());
    }

    [Theory]
    [InlineData("-k '=P1': no attribute before '='", "-k", "=P1")]
    [InlineData("-k 'PatientId=P1': unknown attribute keyword 'PatientId' (did you mean PatientID?)", "-k", "PatientId=P1")]
    [InlineData("-k '(0010,002G)=1': '(0010,002G)' is not a tag", "-k", "(0010,002G)=1")]
    [InlineData("-k '(0009,1001)=x': (0009,1001) is not in the data dictionary, so its VR is unknown", "-k", "(0009,1001)=x")]
    [InlineData("-k 'ReferencedStudySequence=1': ReferencedStudySequence is a sequence", "-k", "ReferencedStudySequence=1")]
    [InlineData("-k 'Rows=2': Rows has VR US; only attributes with a string VR take a value here", "-k", "Rows=2")]
    [InlineData("give the level with --level, not -k QueryRetrieveLevel", "-k", "QueryRetrieveLevel=STUDY")]
    [InlineData("--level PATIENT is not a level of the Study Root model (STUDY, SERIES, IMAGE); use --model patient", "--level", "PATIENT")]
    [InlineData("Argument 'FRAME' not recognized. Must be one of:", "--level", "FRAME")]
    [InlineData("Argument 'xml' not recognized. Must be one of:", "--format", "xml")]
    public async Task Find_BadQuery_ExitsTwoWithAPreciseMessageBeforeConnecting(string message, params string[] extra)
    {
        var run = await HarnessInvocation.RunAsync(["dicom", "find", "127.0.0.1", "1", .. extra]);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(DicomDumpCommandTests.Lines(run.Stderr));
        Assert.StartsWith("harness: error: ", line);
        Assert.Contains(message, line);
    }

    internal static DicomServer ArchiveServer(TinyArchive archive, IReadOnlyDictionary<string, DicomApplicationEntity>? destinations = null) =>
        DicomServer.Start(new DicomServerOptions
        {
            AeTitle = "ARCHIVE",
            Handler = archive,
            Policy = AssociationPolicy.Storage with
            {
                AbstractSyntaxes = AssociationPolicy.Accepting([DicomUids.Verification, .. QueryRetrieveSopClasses], PresentationContextProposal.Uncompressed),
            },
            MoveDestinations = destinations ?? new Dictionary<string, DicomApplicationEntity>(),
        });

    private static readonly string[] QueryRetrieveSopClasses =
    [
        DicomUids.PatientRootQueryRetrieveInformationModelFind, DicomUids.PatientRootQueryRetrieveInformationModelMove,
        DicomUids.PatientRootQueryRetrieveInformationModelGet, DicomUids.StudyRootQueryRetrieveInformationModelFind,
        DicomUids.StudyRootQueryRetrieveInformationModelMove, DicomUids.StudyRootQueryRetrieveInformationModelGet,
    ];
}
