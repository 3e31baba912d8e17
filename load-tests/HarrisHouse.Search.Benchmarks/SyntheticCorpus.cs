using HarrisHouse.Search.Content;

namespace HarrisHouse.Search.Benchmarks;

/// <summary>
/// Generates a corpus of any size that looks like the sample site: the same mix of types, the same spread of
/// lengths, titles and labels drawn from the site's own, and text from a word-pair model of the site's
/// prose (so term frequencies, phrases and co-occurrences resemble the real thing). Deterministic per seed.
/// </summary>
public sealed class SyntheticCorpus
{
    private readonly IReadOnlyList<ContentItem> _sample;
    private readonly Dictionary<string, (string[] Next, int[] Cumulative)> _bigrams;
    private readonly string[] _starts;
    private readonly int[] _lengths;
    private readonly string[] _titleWords;

    public SyntheticCorpus(IReadOnlyList<ContentItem> sample)
    {
        _sample = sample;
        _lengths = sample.Select(i => Words(i.Body).Length).Order().ToArray();
        _titleWords = sample.SelectMany(i => Words(i.Title)).Where(w => w.Length > 2).ToArray();
        var pairs = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var starts = new List<string>();
        foreach (var item in sample)
        {
            var words = Words(item.Body);
            if (words.Length > 0)
            {
                starts.Add(words[0]);
            }

            for (var i = 0; i + 1 < words.Length; i++)
            {
                if (!pairs.TryGetValue(words[i], out var next))
                {
                    pairs[words[i]] = next = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                next[words[i + 1]] = next.GetValueOrDefault(words[i + 1]) + 1;
            }
        }

        _starts = [.. starts];
        _bigrams = pairs.ToDictionary(p => p.Key, p =>
        {
            var next = p.Value.OrderBy(n => n.Key, StringComparer.Ordinal).ToArray();
            var cumulative = new int[next.Length];
            var total = 0;
            for (var i = 0; i < next.Length; i++)
            {
                total += next[i].Value;
                cumulative[i] = total;
            }

            return (next.Select(n => n.Key).ToArray(), cumulative);
        }, StringComparer.Ordinal);
    }

    public IEnumerable<ContentItem> Generate(int count, int seed = 20_261_125)
    {
        var random = new Random(seed);
        for (var n = 0; n < count; n++)
        {
            var template = _sample[random.Next(_sample.Count)];
            var title = string.Join(' ', Enumerable.Range(0, random.Next(3, 9)).Select(_ => _titleWords[random.Next(_titleWords.Length)]));
            var length = _lengths[random.Next(_lengths.Length)];
            yield return template with
            {
                Url = template.Type switch
                {
                    ContentType.Blog => $"/blog/synthetic-{n}/",
                    ContentType.Treatment => $"/treatments/synthetic-{n}/",
                    ContentType.Addiction => $"/addictions/synthetic-{n}/",
                    _ => $"/pages/synthetic-{n}/",
                },
                Title = char.ToUpperInvariant(title[0]) + title[1..],
                Summary = Text(random, random.Next(15, 30)),
                Body = Text(random, length),
                Headings = Enumerable.Range(0, random.Next(0, 4)).Select(_ => Text(random, random.Next(3, 7))).ToList(),
                Published = template.Type == ContentType.Blog ? new DateOnly(2016, 1, 1).AddDays(random.Next(3_650)) : null,
                IsListing = false,
            };
        }
    }

    private string Text(Random random, int words)
    {
        var text = new System.Text.StringBuilder(words * 7);
        var word = _starts[random.Next(_starts.Length)];
        for (var i = 0; i < words; i++)
        {
            text.Append(word).Append(i % 18 == 17 ? ".\n\n" : " ");
            word = _bigrams.TryGetValue(word, out var next)
                ? next.Next[Pick(next.Cumulative, random)]
                : _starts[random.Next(_starts.Length)];
        }

        return text.ToString().Trim();
    }

    private static int Pick(int[] cumulative, Random random)
    {
        var point = random.Next(cumulative[^1]);
        var index = Array.BinarySearch(cumulative, point + 1);
        return index < 0 ? ~index : index;
    }

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
