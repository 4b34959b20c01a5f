using ConformanceHarness.Gherkin.Parsing;
using Io.Cucumber.Messages.Types;

namespace ConformanceHarness.Reporting.Messages;

/// <summary>
/// The envelopes of one loaded feature file, in the reference order: <c>source</c>, then
/// <c>gherkinDocument</c> and the selected <c>pickle</c>s, or a <c>parseError</c> per syntax error.
/// </summary>
public static class SourceMessages
{
    public static IEnumerable<Envelope> For(FeatureSource feature, IReadOnlyList<Pickle> selectedPickles)
    {
        yield return Envelope.Create(new Source(feature.Uri, feature.Text, feature.MediaType));
        if (feature.Document is not null)
            yield return Envelope.Create(feature.Document);
        foreach (var pickle in selectedPickles)
            yield return Envelope.Create(pickle);
        foreach (var error in feature.Errors)
            yield return Envelope.Create(ToParseError(error));
    }

    public static ParseError ToParseError(FeatureParseError error) =>
        new(new SourceReference(error.Uri, null, null, new Location(error.Line, error.Column)), error.Message);
}
