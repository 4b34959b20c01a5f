using ConformanceHarness.Fixtures.Facilities;
using ConformanceHarness.Fixtures.Population;

namespace ConformanceHarness.Fixtures.Practitioners;

/// <summary>Draws a world's practitioners: radiologists and technologists per facility, referrers for the region.</summary>
internal sealed class PractitionerGenerator(NameGenerator names)
{
    private static readonly string[] ReferrerSpecialties =
        ["Family Medicine", "Internal Medicine", "Emergency Medicine", "Orthopaedic Surgery", "Neurology", "Obstetrics and Gynaecology"];

    private readonly HashSet<string> _issued = [];

    public IReadOnlyList<Practitioner> Generate(IReadOnlyList<Facility> facilities, int perFacility, int referrers) =>
    [
        .. facilities.SelectMany(facility => Enumerable.Range(0, perFacility).SelectMany(_ => new[]
        {
            Create(PractitionerRole.Radiologist, "Diagnostic Radiology", RegulatoryCollege.Cpso, facility.Code),
            Create(PractitionerRole.Technologist, "Medical Radiation Technology", RegulatoryCollege.Cmrito, facility.Code),
        })),
        .. Enumerable.Range(0, referrers).Select(_ =>
            Create(PractitionerRole.ReferringPhysician, names.Random.ArrayElement(ReferrerSpecialties), RegulatoryCollege.Cpso, null)),
    ];

    private Practitioner Create(PractitionerRole role, string specialty, RegulatoryCollege college, string? facility)
    {
        var sex = names.Random.Bool() ? AdministrativeSex.Female : AdministrativeSex.Male;
        var name = names.Next(sex) with { Prefix = college == RegulatoryCollege.Cpso ? "Dr" : null };
        return new Practitioner(name, role, specialty, college, UniqueNumber(college), facility);
    }

    /// <summary>Digits with no leading zero, unique within the world and college.</summary>
    private string UniqueNumber(RegulatoryCollege college)
    {
        string number;
        do number = names.Random.Number(1, 9) + names.Random.ReplaceNumbers(new string('#', college.NumberDigits - 1));
        while (!_issued.Add(college.Acronym + number));
        return number;
    }
}
