using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Values;
using ConformanceHarness.Fixtures.Dicom;
using ConformanceHarness.Fixtures.Population;

namespace ConformanceHarness.Fixtures.Tests.Dicom;

public sealed class SyntheticStudyTests
{
    [Theory]
    [MemberData(nameof(GeneratedStudies.ModalityData), MemberType = typeof(GeneratedStudies))]
    public void Perform_SameSeed_ByteIdenticalFiles(string modality)
    {
        var first = GeneratedStudies.Study(modality).DicomFiles.Select(GeneratedStudies.Encode);
        var second = GeneratedStudies.Study(modality).DicomFiles.Select(GeneratedStudies.Encode);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Perform_DifferentSeeds_DifferentFiles()
    {
        var first = GeneratedStudies.Encode(GeneratedStudies.Study("CT", seed: 1).DicomFiles[0]);
        var second = GeneratedStudies.Encode(GeneratedStudies.Study("CT", seed: 2).DicomFiles[0]);

        Assert.NotEqual(first, second);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 4)]
    public void Perform_Counts_AsAskedWithInstanceNumbersPerSeries(int seriesCount, int instances)
    {
        var study = GeneratedStudies.Study("MR", series: seriesCount, instances: instances);

        Assert.Equal(seriesCount, study.Series.Count);
        Assert.Equal(seriesCount * instances, study.InstanceCount);
        Assert.All(study.Series, s => Assert.Equal(instances, s.SopInstanceUids.Count));
        Assert.Equal(Enumerable.Range(1, instances).Select(n => n.ToString()),
            study.DicomFiles.Take(instances).Select(f => f.Dataset.GetString(DicomTags.InstanceNumber)));
    }

    [Fact]
    public void Perform_ManyStudies_EveryUidValidUniqueAndAtMost64Bytes()
    {
        var world = SyntheticWorld.Create(12);
        var studies = GeneratedStudies.Modalities.SelectMany(m => Enumerable.Range(0, 3).Select(_ => world.NewPatient().NewOrder(m).Perform(2, 2))).ToList();

        var uids = studies.SelectMany(s => new[] { s.StudyInstanceUid }
            .Concat(s.Series.Select(x => x.SeriesInstanceUid)).Concat(s.Series.Select(x => x.FrameOfReferenceUid).OfType<string>())
            .Concat(s.Series.SelectMany(x => x.SopInstanceUids))).ToList();

        Assert.All(uids, uid => Assert.True(DicomUid.IsValid(uid), $"{uid}: {string.Join("; ", DicomUid.Validate(uid).Select(v => v.Message))}"));
        Assert.Equal(uids.Count, uids.Distinct().Count());
        Assert.All(world.Facilities, f => Assert.StartsWith("2.25.", f.UidRoot));
    }

    [Theory]
    [MemberData(nameof(GeneratedStudies.ModalityData), MemberType = typeof(GeneratedStudies))]
    public void Perform_EveryInstance_SharesPatientStudyAndSeriesAttributes(string modality)
    {
        var study = GeneratedStudies.Study(modality);
        DicomTag[] patientAndStudy = [DicomTags.PatientName, DicomTags.PatientID, DicomTags.IssuerOfPatientID, DicomTags.PatientBirthDate,
            DicomTags.PatientSex, DicomTags.StudyInstanceUID, DicomTags.StudyDate, DicomTags.StudyTime, DicomTags.AccessionNumber,
            DicomTags.ReferringPhysicianName, DicomTags.StudyID, DicomTags.StudyDescription, DicomTags.InstitutionName];

        foreach (var tag in patientAndStudy)
            Assert.Single(study.DicomFiles.Select(f => f.Dataset.GetString(tag)).Distinct());
        Assert.All(study.Series, series => Assert.Single(study.DicomFiles
            .Where(f => f.Dataset.GetString(DicomTags.SeriesInstanceUID) == series.SeriesInstanceUid)
            .Select(f => f.Dataset.GetString(DicomTags.SeriesNumber) + f.Dataset.GetString(DicomTags.Modality)).Distinct()));
    }

    [Fact]
    public void Perform_Instance_CarriesMrnIssuerHcnItemAndOrderLinkage()
    {
        var study = GeneratedStudies.Study("CT");
        var order = study.Order;
        var dataset = GeneratedStudies.ReadBack(study.DicomFiles[0]).Dataset;

        Assert.Equal(order.Patient.Demographics.MrnAt(order.Facility.Code).Value, dataset.GetString(DicomTags.PatientID));
        Assert.Equal(order.Facility.Code, dataset.GetString(DicomTags.IssuerOfPatientID));
        var hcn = Item(dataset, DicomTags.OtherPatientIDsSequence);
        Assert.Equal(order.Patient.Demographics.HealthCard.HealthNumber, hcn.GetString(DicomTags.PatientID));
        Assert.Equal(HealthCardNumber.SystemUri, Item(hcn, DicomTags.IssuerOfPatientIDQualifiersSequence).GetString(DicomTags.UniversalEntityID));
        Assert.Equal(order.Facility.AccessionSystemUri, Item(dataset, DicomTags.IssuerOfAccessionNumberSequence).GetString(DicomTags.UniversalEntityID));
        var request = Item(dataset, DicomTags.RequestAttributesSequence);
        Assert.Equal(order.Identifiers.AccessionNumber, request.GetString(DicomTags.AccessionNumber));
        Assert.Equal(order.Identifiers.RequestedProcedureId, request.GetString(DicomTags.RequestedProcedureID));
        Assert.Equal(order.Facility.Name, dataset.GetString(DicomTags.InstitutionName));
    }

    [Fact]
    public void Perform_ManyOrders_StudyDateBetweenTheOrderAndTheReferenceDate()
    {
        var world = SyntheticWorld.Create(14);

        var studies = Enumerable.Range(0, 50).Select(_ => world.NewPatient().NewOrder("CR").Perform(withPixels: false)).ToList();

        Assert.All(studies, s => Assert.InRange(s.Performed, s.Order.Authored, world.Options.ReferenceDate.ToDateTime(TimeOnly.MinValue)));
        Assert.All(studies, s => Assert.Equal(s.Performed.ToString("yyyyMMdd"), s.DicomFiles[0].Dataset.GetString(DicomTags.StudyDate)));
    }

    [Fact]
    public void Perform_AccentedName_DeclaresUtf8AndReadsBackUnchanged()
    {
        var world = SyntheticWorld.Create(13);
        var patient = Enumerable.Range(0, 200).Select(_ => world.NewPatient()).First(p => !p.Demographics.Name.IsAscii);

        var dataset = GeneratedStudies.ReadBack(patient.NewOrder("US").Perform().DicomFiles[0]).Dataset;

        Assert.Equal("ISO_IR 192", dataset.GetString(DicomTags.SpecificCharacterSet));
        Assert.Equal(patient.Demographics.Name.ToDicom(), dataset.GetString(DicomTags.PatientName));
    }

    [Fact]
    public void Perform_AllAscii_DeclaresNoCharacterSet()
    {
        var studies = Enumerable.Range(0, 40).Select(seed => GeneratedStudies.Study("CR", seed, series: 1, instances: 1));

        var ascii = studies.First(s => !s.DicomFiles[0].Dataset.Any(item => item is DicomElement { VR.IsString: true } e && e.Bytes.Span.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0));

        Assert.False(ascii.DicomFiles[0].Dataset.Contains(DicomTags.SpecificCharacterSet));
    }

    private static DicomDataset Item(DicomDataset dataset, DicomTag sequence) => Assert.Single(Assert.IsType<DicomSequence>(dataset.GetItem(sequence)).Items);
}
