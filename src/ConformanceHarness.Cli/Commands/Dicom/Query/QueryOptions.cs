using System.CommandLine;
using ConformanceHarness.Dicom;

namespace ConformanceHarness.Cli.Commands.Dicom.Query;

/// <summary>The options of the Query/Retrieve verbs (<c>find</c>, <c>move</c>, <c>get</c>): keys, level and model.</summary>
public static class QueryOptions
{
    public static readonly Option<string[]> KeyOption = new("--key", "-k")
    {
        Description = "Attribute of the identifier: TAG=VALUE to match, TAG alone to have it returned; TAG is a keyword (PatientID) " +
            "or (gggg,eeee); repeatable",
        HelpName = "TAG[=VALUE]",
    };

    public static readonly Option<string> LevelOption = CreateLevelOption();

    public static readonly Option<string> ModelOption = CreateModelOption();

    public static void AddTo(Command command)
    {
        command.Options.Add(KeyOption);
        command.Options.Add(LevelOption);
        command.Options.Add(ModelOption);
    }

    /// <summary>The model, level and identifier; a bad key or a level the model lacks is a <see cref="HarnessError"/>.</summary>
    public static QuerySettings Read(ParseResult parseResult)
    {
        var model = QueryModel.Named(parseResult.GetValue(ModelOption)!);
        var level = parseResult.GetValue(LevelOption)!;
        if (!model.Levels.Contains(level))
            throw new HarnessError($"--level {level} is not a level of the {model.Description} model ({string.Join(", ", model.Levels)}); " +
                "use --model patient");
        var keys = (parseResult.GetValue(KeyOption) ?? []).Select(QueryKey.Parse).ToList();
        return new QuerySettings(model, level, QueryIdentifier.Build(keys, level));
    }

    private static Option<string> CreateLevelOption()
    {
        var option = new Option<string>("--level")
        {
            Description = "Query/Retrieve Level (0008,0052)",
            DefaultValueFactory = _ => "STUDY",
        };
        option.AcceptOnlyFromAmong([.. QueryModel.AllLevels]);
        return option;
    }

    private static Option<string> CreateModelOption()
    {
        var option = new Option<string>("--model")
        {
            Description = "Query/Retrieve information model: patient (Patient Root) or study (Study Root)",
            DefaultValueFactory = _ => QueryModel.StudyRoot.Name,
        };
        option.AcceptOnlyFromAmong([.. QueryModel.All.Select(model => model.Name)]);
        return option;
    }
}

/// <summary>What a Query/Retrieve verb asks: the information model, the level and the identifier.</summary>
public sealed record QuerySettings(QueryModel Model, string Level, DicomDataset Identifier);
