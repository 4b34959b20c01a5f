namespace ConformanceHarness.Fhir.Validation.References;

/// <summary>
/// Resolves a literal reference inside the validated document: <c>#id</c> against the contained resources of the
/// container, everything else against the entries of the nearest enclosing Bundle.
/// </summary>
/// <remarks>
/// R4 §2.36.4 (Resolving references in Bundles): a relative <c>Type/id</c> is made absolute with the base of the
/// referring entry's fullUrl when that fullUrl is a RESTful URL; a version-specific reference drops its version to match
/// fullUrl and then matches <c>meta.versionId</c>; <c>urn:uuid:</c> and <c>urn:oid:</c> must resolve inside the Bundle;
/// anything else not found there may resolve outside it, so it is not checked.
/// </remarks>
public static class ReferenceResolver
{
    public static Resolution Resolve(LiteralReference reference, ResourceContext? context)
    {
        if (context is null) return Resolution.Outside;
        if (reference.ContainedId is { } id) return ResolveContained(id, context.Container);
        if (context.EnclosingBundle is not { } bundle) return Resolution.Outside;
        return reference.Kind switch
        {
            ReferenceKind.Uuid or ReferenceKind.Oid => Match(bundle.Entries, reference.Text, null) is { } entry
                ? Resolution.Found(new(entry.Resource, entry.Location))
                : Resolution.Missing($"no entry of the Bundle at {bundle.Location} has fullUrl '{reference.Text}'"),
            ReferenceKind.Absolute => Found(Match(bundle.Entries, reference.VersionIndependent, reference.Version)),
            ReferenceKind.Relative => Found(AbsoluteFrom(reference, context.Entry) is { } url ? Match(bundle.Entries, url, reference.Version) : null),
            _ => Resolution.Outside,
        };
    }

    private static Resolution ResolveContained(string id, ResourceContext container)
    {
        if (id.Length == 0) return Resolution.Found(new(container.Resource, container.Location));
        return container.FindContained(id) is { } target ? Resolution.Found(target)
            : Resolution.Missing($"{container.ResourceType} at {container.Location} has no contained resource with id '{id}'");
    }

    private static Resolution Found(BundleEntry? entry) => entry is null ? Resolution.Outside : Resolution.Found(new(entry.Resource, entry.Location));

    /// <summary>A relative reference made absolute with the base of the referring entry's RESTful fullUrl, else null.</summary>
    private static string? AbsoluteFrom(LiteralReference reference, BundleEntry? referringEntry)
    {
        if (referringEntry?.FullUrl is not { } fullUrl || LiteralReference.Parse(fullUrl) is not { Base: { } serviceBase }) return null;
        return serviceBase + reference.VersionIndependent;
    }

    private static BundleEntry? Match(BundleIndex entries, string fullUrl, string? version)
    {
        var candidates = entries.WithFullUrl(fullUrl);
        if (version is null) return candidates.Count > 0 ? candidates[0] : null;
        BundleEntry? unversioned = null;
        foreach (var candidate in candidates)
        {
            var versionId = candidate.VersionId;
            if (versionId == version) return candidate;
            if (versionId is null) unversioned ??= candidate;
        }
        return unversioned;
    }
}
