using System.Globalization;
using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Tables;
using PickleStep = Io.Cucumber.Messages.Types.PickleStep;
using PickleStepArgument = Io.Cucumber.Messages.Types.PickleStepArgument;

namespace ConformanceHarness.Gherkin.Execution;

/// <summary>
/// Builds the argument list of a step method: the expression's captured values in order, then the
/// step's data table or doc string when the method takes one, then a CancellationToken if asked.
/// A mismatch is a binding error (<see cref="StepBindingException"/>), not a failure.
/// </summary>
public static class StepArgumentBinder
{
    public static object?[] Bind(StepCandidate candidate, PickleStep step, CancellationToken cancellation)
    {
        var parameters = candidate.Binding.Method.GetParameters();
        var values = new object?[parameters.Length];
        var index = 0;
        foreach (var argument in candidate.Arguments)
        {
            if (index >= parameters.Length) throw CountError(candidate, parameters.Length);
            values[index] = argument.GetValue(parameters[index].ParameterType, CultureInfo.InvariantCulture);
            index++;
        }
        if (step.Argument is not null)
        {
            if (index >= parameters.Length || parameters[index].ParameterType == typeof(CancellationToken))
                throw new StepBindingException(BindingErrors.MissingParameterForStepArgument(candidate.Binding, step.Argument));
            values[index] = StepArgumentValue(candidate.Binding, step.Argument, parameters[index].ParameterType, ref index);
        }
        if (index < parameters.Length && parameters[index].ParameterType == typeof(CancellationToken))
            values[index++] = cancellation;
        if (index != parameters.Length) throw CountError(candidate, parameters.Length);
        return values;
    }

    private static object StepArgumentValue(StepDefinitionBinding binding, PickleStepArgument argument, Type type, ref int index)
    {
        index++;
        if (argument.DataTable is not null && type == typeof(DataTable)) return DataTable.FromPickle(argument.DataTable);
        if (argument.DocString is not null && type == typeof(DocString)) return DocString.FromPickle(argument.DocString);
        if (argument.DocString is not null && type == typeof(string)) return argument.DocString.Content;
        var kind = argument.DataTable is not null ? "DataTable" : "DocString or string";
        throw new StepBindingException($"{binding.MethodDisplayName}: the step has a {kind} argument but the parameter is {type.Name}");
    }

    private static StepBindingException CountError(StepCandidate candidate, int parameterCount) =>
        new(BindingErrors.ArgumentCount(candidate.Binding, parameterCount, candidate.Arguments.Count));
}
