using ConformanceHarness.Fhir.Definitions;
using ConformanceHarness.Fhir.Packages;
using ConformanceHarness.Fhir.Requirements;
using ConformanceHarness.Requirements;
using ConformanceHarness.Fhir.Validation;

namespace ConformanceHarness.Cli.Commands.Fhir.Validate;

/// <summary>
/// The validator <c>harness fhir validate</c> uses: base R4 alone without <c>--pack</c>, else the packs (with their
/// dependencies) before the core, with the requirement catalogues the packs carry and those given by <c>--requirements</c>. Every <c>--profile</c> must resolve and compile before any file is read. A pack that
/// cannot be opened, a profile that cannot be used, or a core package that cannot be built is a <see cref="HarnessError"/>;
/// what loading the packs found (a missing dependency) is a <c>harness: note:</c> line on stderr.
/// </summary>
public static class ValidatorSetup
{
    public static FhirValidator Create(ValidateSettings settings, TextWriter stderr)
    {
        var packs = settings.Packs.Select(pack => PackLocator.Locate(pack, "fhir validate")).ToList();
        Guard("the R4 core package", () => CoreDefinitions.Resolver);
        var set = packs.Count == 0 ? FhirDefinitionSet.CoreOnly : Guard("pack", () => FhirDefinitionSet.Load(packs));
        foreach (var finding in set.Findings) stderr.WriteLine($"harness: note: pack: {finding.Message}");
        var catalogues = (settings.Requirements ?? []).Select(path => Guard($"requirements {path}", () => RequirementCatalogue.Read(path))).ToList();
        var validator = packs.Count == 0 && catalogues.Count == 0 ? FhirValidator.Core
            : new FhirValidator(Guard("pack", () => new ValidatorServices(set, catalogues: catalogues)));
        foreach (var profile in settings.Profiles) RequireProfile(validator, profile);
        return validator;
    }

    private static void RequireProfile(FhirValidator validator, string canonical)
    {
        var result = validator.Services.Schemas.Get(canonical);
        if (result.Schema is not null) return;
        var reason = result.Findings.FirstOrDefault(f => f.IsError)?.Message ?? "it could not be compiled";
        throw new HarnessError($"fhir validate: unknown profile {canonical}: {reason}");
    }

    private static T Guard<T>(string what, Func<T> load)
    {
        try
        {
            return load();
        }
        catch (Exception error) when (error is IOException or InvalidDataException or InvalidOperationException or UnauthorizedAccessException
            or TimeoutException or System.Text.Json.JsonException)
        {
            throw new HarnessError($"fhir validate: {what}: {error.Message}", error);
        }
    }
}
