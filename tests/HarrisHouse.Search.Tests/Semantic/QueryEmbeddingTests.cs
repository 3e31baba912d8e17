using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Testing;
using Microsoft.Extensions.AI;

namespace HarrisHouse.Search.Tests.Semantic;

/// <summary>How often a search runs the model on its words: the model is most of a hybrid search's time.</summary>
[Trait("Speed", "Slow")]
public sealed class QueryEmbeddingTests
{
    [Fact]
    public void A_new_search_runs_the_model_once_to_rank_and_check_for_a_crisis_even_with_the_query_cache_off()
    {
        var model = new CountingGenerator(SemanticSite.Generator);
        var (directory, engine) = SemanticSite.BuildAndOpen(
            options =>
            {
                options.CachedAnswers = 0;
                options.Semantic = options.Semantic with { QueryCacheSize = 0 };
                return options;
            },
            generator: model);
        using (directory)
        using (engine)
        {
            // The first search also embeds the crisis intents (from the shared cache when a run before embedded them).
            engine.Search.Search(new SearchRequest { Query = "what does treatment cost", Mode = SearchMode.Hybrid });

            foreach (var query in new[] { "where do families stay while visiting", "can my son still work during outpatient" })
            {
                var before = model.Texts;
                var result = engine.Search.Search(new SearchRequest { Query = query, Mode = SearchMode.Hybrid });

                Assert.Equal("hybrid", result.Mode);
                Assert.NotEmpty(result.Hits);
                // Three words or more: the crisis check reads the search's meaning (CrisisDetector.MinWordsForMeaning),
                // and so does the ranking; one run of the model serves both.
                Assert.Equal(before + 1, model.Texts);
            }
        }
    }

    /// <summary>The real model, counting the texts it is asked to embed.</summary>
    private sealed class CountingGenerator(IEmbeddingGenerator<string, Embedding<float>> model) : IEmbeddingGenerator<string, Embedding<float>>
    {
        private int _texts;

        public int Texts => Volatile.Read(ref _texts);

        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            var texts = values.ToList();
            Interlocked.Add(ref _texts, texts.Count);
            return model.GenerateAsync(texts, options, cancellationToken);
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => model.GetService(serviceType, serviceKey);

        // The model is shared by every test of the process: not this wrapper's to dispose.
        public void Dispose()
        {
        }
    }
}
