using ConformanceHarness.Gherkin.Execution;
using ConformanceHarness.Steps.Harness;
using ConformanceHarness.TestSupport;
using Xunit;

[assembly: AssemblyFixture(typeof(ConformanceHarness.Features.Tests.FeatureSessionFixture))]

namespace ConformanceHarness.Features.Tests;

/// <summary>
/// One Gherkin session for the whole test assembly: bindings discovered and BeforeTestRun hooks run
/// once, AfterFeature/AfterTestRun hooks when the assembly's tests are done.
/// </summary>
public sealed class FeatureSessionFixture : IAsyncLifetime
{
    private GherkinSession? _session;

    public GherkinSession Session => _session ?? throw new InvalidOperationException("the Gherkin session has not started");

    public async ValueTask InitializeAsync()
    {
        var options = new RunOptions
        {
            BaseDirectory = RepositoryRoot.Path,
            BindingAssemblies = [typeof(Basket).Assembly],
            TagExpression = FeatureCatalog.DefaultTagExpression,
        };
        _session = await GherkinSession.StartAsync(options);
        if (_session.BindingErrors.Count > 0)
            throw new InvalidOperationException("binding errors:\n" + string.Join("\n", _session.BindingErrors));
    }

    public async ValueTask DisposeAsync()
    {
        if (_session is not null) await _session.DisposeAsync();
    }
}
