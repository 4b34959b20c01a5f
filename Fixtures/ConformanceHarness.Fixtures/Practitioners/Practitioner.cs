using ConformanceHarness.Fixtures.Population;

namespace ConformanceHarness.Fixtures.Practitioners;

/// <summary>
/// A synthetic practitioner: a name, a role, a specialty and a (synthetic, CPSO-style) registration number with its
/// college. <see cref="FacilityCode"/> is the facility radiologists and technologists work at; null for referrers.
/// </summary>
public sealed record Practitioner(
    PersonName Name,
    PractitionerRole Role,
    string Specialty,
    RegulatoryCollege College,
    string RegistrationNumber,
    string? FacilityCode);
