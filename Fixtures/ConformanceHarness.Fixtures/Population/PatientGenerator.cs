using ConformanceHarness.Fixtures.Facilities;

namespace ConformanceHarness.Fixtures.Population;

/// <summary>Draws the demographics and identifiers of a synthetic Ontario patient.</summary>
internal sealed class PatientGenerator(NameGenerator names, DateOnly referenceDate)
{
    private readonly HashSet<string> _healthNumbers = [];
    private readonly Dictionary<string, int> _mrnCounters = [];

    public PatientDemographics Next(IReadOnlyList<Facility> facilities)
    {
        var random = names.Random;
        var sex = random.WeightedRandom([AdministrativeSex.Female, AdministrativeSex.Male, AdministrativeSex.Other], [0.49f, 0.49f, 0.02f]);
        var city = random.ListItem(OntarioCities.All.ToList());
        var french = city.Francophone || random.Bool(NameGenerator.FrenchWeight);
        var name = names.Next(french ? NameLanguage.French : NameLanguage.English, sex);
        var birth = DateOnly.FromDateTime(names.Faker.Date.Between(
            referenceDate.AddYears(-95).ToDateTime(TimeOnly.MinValue), referenceDate.AddYears(-2).ToDateTime(TimeOnly.MinValue)));
        var address = new OntarioAddress($"{random.Number(1, 9999)} {names.Faker.Address.StreetName()}", city.Name,
            OntarioPostalCode.Generate(random, city.FsaLetter));
        return new PatientDemographics(name, sex, birth, address, FictionalPhoneNumber.Generate(random, city.AreaCode),
            NewHealthCard(), [.. facilities.Select(NewMrn)]);
    }

    private HealthCardNumber NewHealthCard()
    {
        string number;
        do
        {
            var firstNine = names.Random.Number(1, 9) + names.Random.ReplaceNumbers("########");
            number = firstNine + HealthCardNumber.CheckDigit(firstNine);
        }
        while (!_healthNumbers.Add(number));
        return new HealthCardNumber(number, names.Random.String2(2, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"));
    }

    /// <summary>Sequential per facility, from a seeded start: <c>M</c> + 7 digits.</summary>
    private MedicalRecordNumber NewMrn(Facility facility)
    {
        var next = _mrnCounters.TryGetValue(facility.Code, out var last) ? last + names.Random.Number(1, 50) : names.Random.Number(1_000_000, 2_000_000);
        _mrnCounters[facility.Code] = next;
        return new MedicalRecordNumber($"M{next}", facility);
    }
}
