using System.Text.Json;

using ConformanceHarness.Fixtures.Facilities;
using ConformanceHarness.Fixtures.Population;
using ConformanceHarness.Fixtures.Practitioners;

namespace ConformanceHarness.Fixtures.Tests;

public sealed class SyntheticWorldTests
{
    [Fact]
    public void Create_SameSeedSameCalls_IdenticalObjects()
    {
        Assert.Equal(Snapshot(SyntheticWorld.Create(2026)), Snapshot(SyntheticWorld.Create(2026)));
    }

    [Fact]
    public void Create_DifferentSeeds_DifferentData()
    {
        var (first, second) = (SyntheticWorld.Create(1), SyntheticWorld.Create(2));

        Assert.NotEqual(Snapshot(first), Snapshot(second));
        Assert.NotEqual(first.Facilities[0].UidRoot, second.Facilities[0].UidRoot);
        Assert.NotEqual(first.NewPatient().Demographics.HealthCard, second.NewPatient().Demographics.HealthCard);
    }

    [Fact]
    public void Facilities_DefaultOptions_FictionalHospitalsAndIchscsWithShortAeTitles()
    {
        var facilities = SyntheticWorld.Create(3).Facilities;

        Assert.Equal(3, facilities.Count(f => f.Kind == FacilityKind.Hospital));
        Assert.Equal(2, facilities.Count(f => f.Kind == FacilityKind.Ichsc));
        Assert.All(facilities, f => Assert.Matches("(?i)synth|fict", f.Name));
        Assert.All(facilities, f => Assert.InRange(f.AeTitle.Length, 1, 16));
        Assert.All(facilities, f => Assert.InRange(f.StationName("CT").Length, 1, 16));
        Assert.All(facilities, f => Assert.Contains(OntarioCities.All, c => c.Name == f.City));
        Assert.Equal(facilities.Count, facilities.Select(f => f.UidRoot).Distinct().Count());
    }

    [Fact]
    public void Practitioners_EveryRole_HasASpecialtyAndAUniqueCollegeNumber()
    {
        var practitioners = SyntheticWorld.Create(4).Practitioners;

        Assert.All(Enum.GetValues<PractitionerRole>(), role => Assert.Contains(practitioners, p => p.Role == role));
        Assert.All(practitioners, p => Assert.Matches("^[1-9][0-9]{5}$", p.RegistrationNumber));
        Assert.All(practitioners.Where(p => p.Role != PractitionerRole.Technologist), p => Assert.Equal(RegulatoryCollege.Cpso, p.College));
        Assert.All(practitioners.Where(p => p.Role == PractitionerRole.Radiologist), p => Assert.Equal("Diagnostic Radiology", p.Specialty));
        Assert.Equal(practitioners.Count, practitioners.Select(p => p.College.Acronym + p.RegistrationNumber).Distinct().Count());
    }

    [Fact]
    public void NewPatient_ManyPatients_EnglishAndAccentedFrenchNamesFictionalPhonesAnMrnPerFacility()
    {
        var world = SyntheticWorld.Create(5);

        var patients = Enumerable.Range(0, 100).Select(_ => world.NewPatient().Demographics).ToList();

        Assert.Contains(patients, p => p.Name.IsAscii);
        Assert.Contains(patients, p => p.Name.ToDicom().IndexOfAny(['é', 'è', 'ç', 'ô', 'â', 'ë', 'ï', 'î', 'û']) >= 0);
        Assert.All(patients, p => Assert.True(FictionalPhoneNumber.IsFictional(p.Phone), p.Phone));
        Assert.All(patients, p => Assert.Equal(world.Facilities.Select(f => f.Code), p.MedicalRecordNumbers.Select(m => m.Issuer.Code)));
        Assert.All(patients, p => Assert.InRange(p.BirthDate, new DateOnly(1931, 1, 1), world.Options.ReferenceDate));
    }

    [Fact]
    public void NewOrder_EveryModality_AccessionOfAtMostSixteenIssuedByTheFacility()
    {
        var world = SyntheticWorld.Create(6);
        var patient = world.NewPatient();

        var orders = new[] { "CT", "MR", "CR", "DX", "US", "MG", "SC" }.Select(m => patient.NewOrder(m, world.Facilities[1])).ToList();

        Assert.All(orders, o => Assert.InRange(o.Identifiers.AccessionNumber.Length, 1, 16));
        Assert.All(orders, o => Assert.StartsWith(world.Facilities[1].Code, o.Identifiers.AccessionNumber));
        Assert.All(orders, o => Assert.Equal(PractitionerRole.ReferringPhysician, o.Requester.Role));
        Assert.All(orders, o => Assert.Equal(o.Modality, o.Procedure.Modality));
        Assert.Equal(orders.Count, orders.Select(o => o.Identifiers.AccessionNumber).Distinct().Count());
    }

    [Fact]
    public void NewOrder_UnknownModality_ThrowsListingTheOffered()
    {
        var error = Assert.Throws<ArgumentException>(() => SyntheticWorld.Create(1).NewPatient().NewOrder("PT"));

        Assert.Contains("'PT'", error.Message);
        Assert.Contains("MG", error.Message);
    }

    /// <summary>Everything a world hands out for a fixed sequence of calls, as JSON (so lists compare by content).</summary>
    private static string Snapshot(SyntheticWorld world)
    {
        var patients = Enumerable.Range(0, 5).Select(_ => world.NewPatient()).ToList();
        var orders = patients.Select(p => p.NewOrder("CT")).ToList();
        var studies = orders.Select(o => o.Perform(2, 2, withPixels: false)).ToList();
        return JsonSerializer.Serialize(new { world.Facilities, world.Practitioners, Patients = patients, Orders = orders, Studies = studies });
    }
}
