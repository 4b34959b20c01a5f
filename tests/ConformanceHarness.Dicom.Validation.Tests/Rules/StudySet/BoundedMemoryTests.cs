using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Rules;
using ConformanceHarness.Dicom.Validation.Rules.StudySet;
using static ConformanceHarness.Dicom.Validation.Tests.Rules.StudySet.StudySetExamples;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules.StudySet;

/// <summary>
/// 20,000 instances (one study, 20 series) streamed through every study-set rule, each data set dropped after it is
/// seen: a rule keeps one summary per key (per series, per attribute of an entity, per SOP Instance UID), never per
/// instance beyond the UID-keyed ones. Not timed.
/// </summary>
public sealed class BoundedMemoryTests(BoundedMemoryTests.Stream stream) : IClassFixture<BoundedMemoryTests.Stream>
{
    private const int Instances = 20_000;
    private const int Series = 20;

    public static TheoryData<string, int> Expected => new()
    {
        { "study-single-patient", 1 }, { "series-single-study", Series }, { "series-single-modality", Series },
        { "sop-instance-stable", Instances }, { "sop-instance-same-content", Instances }, { "sop-instance-unique", Instances },
        { "uid-single-level", Instances + Series + 2 },
        { "patient-attributes-consistent", EntityLevel.Patient.DefaultAttributes.Count },
        { "study-attributes-consistent", EntityLevel.Study.DefaultAttributes.Count },
        { "series-attributes-consistent", Series * EntityLevel.Series.DefaultAttributes.Count },
        { "study-single-accession", 1 }, { "accession-order-linkage", 2 },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void TwentyThousandInstances_KeepOneSummaryPerKey(string rule, int retained)
    {
        var made = stream.Rules[rule];

        Assert.Empty(made.Complete());
        Assert.Equal(retained, Assert.IsAssignableFrom<IRetainsSummaries>(made).RetainedEntries);
    }

    [Fact]
    public void EveryStudySetRule_IsCoveredHere()
    {
        Assert.Equal(StudySetRuleSet.Definitions.Select(d => d.Name).Order(), Expected.Select(row => row.Data.Item1).Order());
    }

    /// <summary>Every study-set rule, made with its default parameters, after seeing the stream once.</summary>
    public sealed class Stream
    {
        public Stream()
        {
            var template = Instance(SeriesB, Sop(1), 1);
            for (var i = 0; i < Instances; i++)
            {
                var dataset = template.Clone();
                dataset.AddOrUpdate(DicomTags.SeriesInstanceUID, $"2.25.3{i % Series}");
                dataset.AddOrUpdate(DicomTags.SOPInstanceUID, $"2.25.4{i}");
                var instance = new InstanceContext(new DicomFile(dataset), $"i{i}.dcm", "hospital");
                foreach (var rule in Rules.Values) rule.Observe(instance);
            }
        }

        public Dictionary<string, IStudySetRule> Rules { get; } =
            StudySetRuleSet.Definitions.ToDictionary(d => d.Name, d => d.StudySet!(RuleParameters.None));
    }
}
