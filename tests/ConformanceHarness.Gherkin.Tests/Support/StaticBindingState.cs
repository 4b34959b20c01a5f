using Xunit;

namespace ConformanceHarness.Gherkin.Tests.Support;

/// <summary>Tests whose bindings record into static state run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class StaticBindingState
{
    public const string Name = "static binding state";
}
