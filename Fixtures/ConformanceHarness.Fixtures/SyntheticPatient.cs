using System.Text.Json.Serialization;

using ConformanceHarness.Fixtures.Facilities;
using ConformanceHarness.Fixtures.Orders;
using ConformanceHarness.Fixtures.Population;

namespace ConformanceHarness.Fixtures;

/// <summary>A patient of a <see cref="SyntheticWorld"/>: demographics plus the ability to be ordered imaging.</summary>
public sealed class SyntheticPatient
{
    internal SyntheticPatient(SyntheticWorld world, PatientDemographics demographics)
    {
        World = world;
        Demographics = demographics;
    }

    public PatientDemographics Demographics { get; }

    [JsonIgnore]
    public SyntheticWorld World { get; }

    /// <summary>
    /// A new imaging order of <paramref name="modality"/> (CT, MR, CR, DX, US, MG or SC) at <paramref name="facility"/>
    /// (a facility of the world drawn at random when null), for a procedure of that modality drawn at random.
    /// </summary>
    public ImagingOrder NewOrder(string modality, Facility? facility = null) =>
        World.Orders.Next(this, ImagingProcedures.For(modality), facility ?? World.Random.ListItem(World.Facilities.ToList()));
}
