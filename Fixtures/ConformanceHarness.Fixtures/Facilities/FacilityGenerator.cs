using System.Globalization;

using Bogus;

using ConformanceHarness.Fixtures.Population;

namespace ConformanceHarness.Fixtures.Facilities;

/// <summary>Draws the fictional hospitals and ICHSCs of a world, each in its own real Ontario city.</summary>
internal static class FacilityGenerator
{
    public static IReadOnlyList<Facility> Generate(Randomizer random, SeededUids uids, int hospitals, int ichscs)
    {
        var cities = random.ListItems(OntarioCities.All.ToList(), hospitals + ichscs);
        return [.. cities.Select((city, index) => Create(random, uids, city, index, index < hospitals ? FacilityKind.Hospital : FacilityKind.Ichsc))];
    }

    private static Facility Create(Randomizer random, SeededUids uids, OntarioCity city, int index, FacilityKind kind)
    {
        var code = (kind == FacilityKind.Hospital ? "HXH" : "HXC") + (index + 1).ToString("D2", CultureInfo.InvariantCulture);
        var patterns = (kind, city.Francophone) switch
        {
            (FacilityKind.Hospital, true) => FacilityNames.FrenchHospital,
            (FacilityKind.Hospital, false) => FacilityNames.Hospital,
            (_, true) => FacilityNames.FrenchIchsc,
            _ => FacilityNames.Ichsc,
        };
        var name = string.Format(CultureInfo.InvariantCulture, random.ArrayElement(patterns), city.Name);
        var organizationId = "SYN" + random.ReplaceNumbers("#######");
        return new Facility(code, name, kind, city.Name, organizationId, code + "_PACS", uids.NewRoot());
    }
}
