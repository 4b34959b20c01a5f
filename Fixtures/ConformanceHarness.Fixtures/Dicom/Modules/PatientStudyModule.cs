using System.Globalization;

using ConformanceHarness.Dicom;

namespace ConformanceHarness.Fixtures.Dicom.Modules;

/// <summary>Patient Study Module, PS3.3 C.7.2.2: Patient's Age (AS, "045Y") on the study date.</summary>
internal sealed class PatientStudyModule : IIodModule
{
    public void AddTo(DicomDataset dataset, InstanceContext context)
    {
        var age = context.Patient.AgeOn(DateOnly.FromDateTime(context.Study.Performed));
        var text = age >= 1
            ? age.ToString("D3", CultureInfo.InvariantCulture) + "Y"
            : (context.Study.Performed - context.Patient.BirthDate.ToDateTime(TimeOnly.MinValue)).Days.ToString("D3", CultureInfo.InvariantCulture) + "D";
        dataset.AddOrUpdate(DicomTags.PatientAge, text);
    }
}
