using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Dimse;
using ConformanceHarness.Dicom.Network.Tests.Peers;
using ConformanceHarness.TestSupport;
using ConformanceHarness.TestSupport.Peers;

namespace ConformanceHarness.Dicom.Network.Tests.Interop;

/// <summary>
/// Names outside ASCII (French and German in ISO_IR 100, Russian in ISO_IR 144, Chinese in ISO_IR 192: the corpus files as
/// they are) stored by our SCU, then matched by a C-FIND whose identifier our SCU encodes in UTF-8. Orthanc answers in
/// its <c>DefaultEncoding</c>, here UTF-8; with its default, Latin1, it drops the Cyrillic and Chinese letters
/// (answering "ceyp" for "Люкceмбypг").
/// </summary>
[Collection(PeersCollection.Name)]
public sealed class OurScuOrthancCharacterSetTests
{
    private const string PatientRoot = DicomUids.PatientRootQueryRetrieveInformationModelFind;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("chrFren.dcm")]
    [InlineData("chrGerm.dcm")]
    [InlineData("chrRuss.dcm")]
    [InlineData("chrX1.dcm")]
    public async Task Find_PatientNameInUtf8OfAPatientStoredInItsCharacterSet_MatchesAndAnswersTheSameName(string name)
    {
        var instance = DicomInstance.Load(Path.Combine(RepositoryRoot.DicomCorpus, "charset", name));
        var sent = instance.Dataset;
        await using var inside = await NetworkNamespace.CreateAsync(Cancel);
        await using var orthanc = await OrthancPeer.StartAsync(inside, new Dictionary<string, OrthancModality>(),
            configuration => configuration["DefaultEncoding"] = "Utf8", Cancel);
        await using var association = await OurScuPeer.AssociateAsync(inside, orthanc.DicomPort, orthanc.AeTitle,
            [.. OurScuPeer.AsTheyAre([instance]), PresentationContextProposal.For(PatientRoot)], Cancel);

        var stored = await association.StoreAsync(instance, cancellationToken: Cancel);
        var (matches, final) = await OurScuQuery.FindAsync(association, PatientRoot,
            OurScuQuery.Identifier("PATIENT", (DicomTags.SpecificCharacterSet, "ISO_IR 192"), (DicomTags.PatientName, sent.GetString(DicomTags.PatientName)),
                (DicomTags.PatientID, "")), Cancel);
        await OurScuPeer.ReleaseAsync(association, Cancel);

        Assert.Equal((DicomStatus.Success, DicomStatus.Success), (stored.Status, final.Status));
        var match = Assert.Single(matches);
        Assert.Equal(["ISO_IR 192"], match.CharacterSet);
        Assert.Equal((sent.GetString(DicomTags.PatientName), sent.GetString(DicomTags.PatientID)),
            (match.GetString(DicomTags.PatientName), match.GetString(DicomTags.PatientID)));
    }
}
