using Bogus;

using ConformanceHarness.Fixtures.Facilities;
using ConformanceHarness.Fixtures.Orders;
using ConformanceHarness.Fixtures.Population;
using ConformanceHarness.Fixtures.Practitioners;

namespace ConformanceHarness.Fixtures;

/// <summary>
/// A deterministic synthetic Ontario: facilities, practitioners and, on demand, patients whose orders become DICOM
/// studies. Everything is drawn from one Bogus <see cref="Randomizer"/> seeded with <see cref="Seed"/>, so the same seed
/// and the same calls in the same order give the same data, byte for byte. No real person is described.
/// </summary>
/// <remarks>Not thread-safe: a world is one sequence of draws. Use one world per thread.</remarks>
public sealed class SyntheticWorld
{
    private readonly PatientGenerator _patients;

    private SyntheticWorld(int seed, WorldOptions options)
    {
        Seed = seed;
        Options = options;
        var faker = new Faker("en_CA") { Random = new Randomizer(seed) };
        Uids = new SeededUids(faker.Random);
        var names = new NameGenerator(faker);
        Facilities = FacilityGenerator.Generate(faker.Random, Uids, options.Hospitals, options.Ichscs);
        Practitioners = new PractitionerGenerator(names).Generate(Facilities, options.StaffPerFacility, options.ReferringPhysicians);
        _patients = new PatientGenerator(names, options.ReferenceDate);
        Orders = new OrderGenerator(faker.Random, options.ReferenceDate);
        Random = faker.Random;
    }

    public int Seed { get; }

    public WorldOptions Options { get; }

    public IReadOnlyList<Facility> Facilities { get; }

    public IReadOnlyList<Practitioner> Practitioners { get; }

    internal Randomizer Random { get; }

    internal SeededUids Uids { get; }

    internal OrderGenerator Orders { get; }

    public static SyntheticWorld Create(int seed, WorldOptions? options = null) => new(seed, options ?? WorldOptions.Default);

    /// <summary>A new patient with an MRN at every facility of the world and an Ontario health card.</summary>
    public SyntheticPatient NewPatient() => new(this, _patients.Next(Facilities));

    /// <summary>The facility with <paramref name="code"/>.</summary>
    public Facility GetFacility(string code) =>
        Facilities.FirstOrDefault(f => f.Code == code) ?? throw new ArgumentException($"no facility '{code}' in this world", nameof(code));

    /// <summary>The practitioners of <paramref name="role"/>, at <paramref name="facilityCode"/> when given.</summary>
    public IReadOnlyList<Practitioner> PractitionersIn(PractitionerRole role, string? facilityCode = null) =>
        [.. Practitioners.Where(p => p.Role == role && (facilityCode is null || p.FacilityCode == facilityCode))];
}
