using System.Security.Cryptography;
using System.Text;

namespace ConformanceHarness.Fixtures.Fhir;

/// <summary>
/// The <c>urn:uuid</c> fullUrl of a resource, named by its business identity: an RFC 4122 §4.3 name-based UUID
/// (version 5, SHA-1) of <c>Type|system|value</c>. The same resource has the same fullUrl in every bundle and every run,
/// and no clock or random draw is involved; a different world has different identifiers, hence different fullUrls.
/// </summary>
internal static class FullUrls
{
    public static string For(string resourceType, string system, string value)
    {
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes($"{resourceType}|{system}|{value}"));
        hash[6] = (byte)(hash[6] & 0x0F | 0x50);
        hash[8] = (byte)(hash[8] & 0x3F | 0x80);
        var hex = Convert.ToHexStringLower(hash.AsSpan(0, 16));
        return $"urn:uuid:{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }
}
