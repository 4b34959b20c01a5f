using System.Text.Json;

namespace ConformanceHarness.Reporting.Tests.Support;

/// <summary>
/// What a consumer of the message stream relies on: every id a message refers to was defined by an
/// earlier message, and each started test case and test step finishes once, in the planned order.
/// </summary>
internal static class EnvelopeInvariants
{
    public static void AssertHold(Envelopes envelopes)
    {
        Assert.Equal("meta", envelopes.Kinds[0]);
        Assert.Equal("testRunFinished", envelopes.Kinds[^1]);
        var ids = new Dictionary<string, HashSet<string>>();
        foreach (var envelope in envelopes.All)
        {
            var kind = Envelopes.KindOf(envelope);
            var message = envelope.GetProperty(kind);
            CheckReferences(kind, message, ids);
            Define(kind, message, ids);
        }
        AssertStepsPairInPlannedOrder(envelopes);
    }

    private static void Define(string kind, JsonElement message, Dictionary<string, HashSet<string>> ids)
    {
        if (message.TryGetProperty("id", out var id)) Add(ids, kind, id.GetString()!);
        var children = kind switch { "pickle" => "steps", "testCase" => "testSteps", _ => null };
        if (children is null) return;
        foreach (var child in message.GetProperty(children).EnumerateArray())
            Add(ids, kind + "." + children, child.GetProperty("id").GetString()!);
    }

    private static readonly (string Kind, string Property, string Target)[] References =
    [
        ("testCase", "pickleId", "pickle"), ("testCase", "testRunStartedId", "testRunStarted"),
        ("testCaseStarted", "testCaseId", "testCase"),
        ("testStepStarted", "testCaseStartedId", "testCaseStarted"), ("testStepStarted", "testStepId", "testCase.testSteps"),
        ("testStepFinished", "testCaseStartedId", "testCaseStarted"), ("testStepFinished", "testStepId", "testCase.testSteps"),
        ("suggestion", "pickleStepId", "pickle.steps"),
        ("attachment", "testCaseStartedId", "testCaseStarted"), ("attachment", "testStepId", "testCase.testSteps"),
        ("attachment", "testRunHookStartedId", "testRunHookStarted"),
        ("testRunHookStarted", "testRunStartedId", "testRunStarted"), ("testRunHookStarted", "hookId", "hook"),
        ("testRunHookFinished", "testRunHookStartedId", "testRunHookStarted"),
        ("testCaseFinished", "testCaseStartedId", "testCaseStarted"),
        ("testRunFinished", "testRunStartedId", "testRunStarted"),
    ];

    private static void CheckReferences(string kind, JsonElement message, Dictionary<string, HashSet<string>> ids)
    {
        foreach (var reference in References.Where(r => r.Kind == kind))
        {
            if (message.TryGetProperty(reference.Property, out var value))
                AssertDefined(ids, reference.Target, value.GetString()!, $"{kind}.{reference.Property}");
        }
        if (kind != "testCase") return;
        foreach (var step in message.GetProperty("testSteps").EnumerateArray())
        {
            if (step.TryGetProperty("hookId", out var hookId)) AssertDefined(ids, "hook", hookId.GetString()!, "testStep.hookId");
            if (step.TryGetProperty("pickleStepId", out var stepId)) AssertDefined(ids, "pickle.steps", stepId.GetString()!, "testStep.pickleStepId");
            if (!step.TryGetProperty("stepDefinitionIds", out var definitions)) continue;
            foreach (var definition in definitions.EnumerateArray())
                AssertDefined(ids, "stepDefinition", definition.GetString()!, "testStep.stepDefinitionIds");
            Assert.Equal(definitions.GetArrayLength(), step.GetProperty("stepMatchArgumentsLists").GetArrayLength());
        }
    }

    private static void AssertStepsPairInPlannedOrder(Envelopes envelopes)
    {
        var plannedSteps = envelopes.Of("testCase").ToDictionary(c => c.GetProperty("id").GetString()!,
            c => c.GetProperty("testSteps").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToList());
        foreach (var started in envelopes.Of("testCaseStarted"))
        {
            var startedId = started.GetProperty("id").GetString();
            var events = envelopes.All.Select(e => (Kind: Envelopes.KindOf(e), Message: e.GetProperty(Envelopes.KindOf(e))))
                .Where(e => e.Message.ValueKind == JsonValueKind.Object && e.Message.TryGetProperty("testCaseStartedId", out var id) && id.GetString() == startedId)
                .Where(e => e.Kind is "testStepStarted" or "testStepFinished" or "testCaseFinished")
                .ToList();
            var expected = plannedSteps[started.GetProperty("testCaseId").GetString()!]
                .SelectMany(step => new (string, string?)[] { ("testStepStarted", step), ("testStepFinished", step) })
                .Append(("testCaseFinished", (string?)null)).ToList();
            var actual = events.Select(e => (e.Kind, e.Kind == "testCaseFinished" ? null : e.Message.GetProperty("testStepId").GetString())).ToList();
            Assert.Equal(expected, actual);
        }
    }

    private static void Add(Dictionary<string, HashSet<string>> ids, string kind, string id)
    {
        if (!ids.TryGetValue(kind, out var set)) ids[kind] = set = [];
        Assert.True(set.Add(id), $"{kind} id {id} defined twice");
    }

    private static void AssertDefined(Dictionary<string, HashSet<string>> ids, string kind, string id, string where) =>
        Assert.True(ids.TryGetValue(kind, out var set) && set.Contains(id), $"{where} = {id} does not refer to an earlier {kind}");
}
