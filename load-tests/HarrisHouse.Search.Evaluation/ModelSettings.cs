using System.ComponentModel;
using HarrisHouse.Search.Embeddings;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HarrisHouse.Search.Evaluation;

/// <summary>What the commands over the sample site share: the embedding model they load.</summary>
public class ModelSettings : CommandSettings
{
    [CommandOption("--model <NAME>")]
    [Description("MiniLM or ArcticXs (default: the service's).")]
    public string? Model { get; init; }

    /// <summary>The semantic settings with the model asked for (the service's own when none was).</summary>
    public Search.Semantic.SemanticSettings WithModel(Search.Semantic.SemanticSettings semantic) => semantic with { Model = Model ?? semantic.Model };

    /// <summary>The sample site indexed in a temporary folder and served with the model asked for, as the service would.</summary>
    public (Testing.TemporaryDirectory Directory, SearchEngine Engine) OpenSampleSite() => Testing.SemanticSite.BuildAndOpen(options =>
    {
        options.Semantic = WithModel(options.Semantic);
        return options;
    });

    public override ValidationResult Validate() =>
        Model is not null && EmbeddingModel.Named(Model) is null
            ? ValidationResult.Error($"--model '{Model}' is not one of {string.Join(", ", EmbeddingModels.Names)}")
            : ValidationResult.Success();
}
