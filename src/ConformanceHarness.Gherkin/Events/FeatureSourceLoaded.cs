using Pickle = Io.Cucumber.Messages.Types.Pickle;
using ConformanceHarness.Gherkin.Parsing;

namespace ConformanceHarness.Gherkin.Events;

/// <summary>
/// A feature file was read; it may carry parse errors and then has no pickles.
/// <paramref name="SelectedPickles"/> are those the filters kept, in file order.
/// </summary>
public sealed record FeatureSourceLoaded(FeatureSource Feature, IReadOnlyList<Pickle> SelectedPickles) : RunEvent;
