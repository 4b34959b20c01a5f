using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Parsing;

namespace ConformanceHarness.Gherkin.Execution;

/// <summary>
/// The features a <see cref="GherkinSession"/> has entered: BeforeFeature runs once, on a feature's
/// first scenario (its failure blocks every scenario of the feature), AfterFeature when the session ends.
/// </summary>
internal sealed class SessionFeatures(RunHooks hooks)
{
    private readonly Dictionary<string, (FeatureContext Context, StepResult? Blocked)> _entered = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<(FeatureContext Context, StepResult? Blocked)> EnterAsync(FeatureSource feature, CancellationToken cancellation)
    {
        await _gate.WaitAsync(cancellation);
        try
        {
            if (_entered.TryGetValue(feature.Uri, out var entered)) return entered;
            var context = new FeatureContext(feature);
            var blocked = await hooks.RunFeatureHooksAsync(HookKind.BeforeFeature, context, cancellation);
            _entered[feature.Uri] = (context, blocked);
            return (context, blocked);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task LeaveAllAsync()
    {
        foreach (var (context, _) in _entered.Values)
            await hooks.RunFeatureHooksAsync(HookKind.AfterFeature, context, CancellationToken.None);
        _entered.Clear();
    }
}
