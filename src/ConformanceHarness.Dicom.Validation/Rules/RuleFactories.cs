using ConformanceHarness.Dicom.Validation.Engine;

namespace ConformanceHarness.Dicom.Validation.Rules;

/// <summary>Factories shared by the rule groups.</summary>
internal static class RuleFactories
{
    /// <summary>The factory of a rule that takes no parameters: a row giving any is refused at load, naming them.</summary>
    public static Func<RuleParameters, IInstanceRule> Parameterless(IInstanceRule rule) => parameters =>
    {
        parameters.RejectUnknown();
        return rule;
    };
}
