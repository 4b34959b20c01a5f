using System.Globalization;

using Bogus;

using ConformanceHarness.Fixtures.Facilities;
using ConformanceHarness.Fixtures.Practitioners;

namespace ConformanceHarness.Fixtures.Orders;

/// <summary>
/// Draws orders: numbers sequential per facility from a seeded start, authored 15 to 365 days before the reference date
/// (a study is performed within 14 days of its order, so it never lies after the reference date).
/// </summary>
internal sealed class OrderGenerator(Randomizer random, DateOnly referenceDate)
{
    private readonly Dictionary<string, int> _counters = [];

    public ImagingOrder Next(SyntheticPatient patient, IReadOnlyList<ImagingProcedure> procedures, Facility facility)
    {
        var procedure = random.ListItem(procedures.ToList());
        var laterality = procedure.Site.Paired ? random.ArrayElement([Laterality.Left, Laterality.Right]) : Laterality.None;
        var requesters = patient.World.PractitionersIn(PractitionerRole.ReferringPhysician);
        var authored = referenceDate.AddDays(-random.Number(15, 365)).ToDateTime(new TimeOnly(random.Number(7, 18), random.Number(59), random.Number(59)));
        return new ImagingOrder(patient, facility, NextIdentifiers(facility), procedure, laterality,
            random.ListItem(procedure.Reasons.ToList()), random.ListItem(requesters.ToList()), authored);
    }

    private OrderIdentifiers NextIdentifiers(Facility facility)
    {
        var number = _counters.TryGetValue(facility.Code, out var last) ? last + 1 : random.Number(10_000_000, 20_000_000);
        _counters[facility.Code] = number;
        var text = number.ToString(CultureInfo.InvariantCulture);
        var accession = facility.Code + text;
        return new OrderIdentifiers(accession, "PL" + random.ReplaceNumbers("#########"), accession, "RP" + text, "SPS" + text);
    }
}
