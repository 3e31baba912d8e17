using HarrisHouse.Search.Content;

namespace HarrisHouse.Search.Related;

/// <summary>
/// Orders ranked candidates into a list whose every prefix is a good mix for the reader:
/// a blog post's readers get posts first and at most one treatment or addiction page on its subject;
/// a treatment or addiction page's readers get neighbouring programs and topics interleaved with posts about them.
/// </summary>
internal static class RelatedMix
{
    /// <summary>Where in a blog post's list the one topic page goes: after the first two posts.</summary>
    private const int TopicSlotInBlogList = 2;

    public static IReadOnlyList<RelatedCandidate> Arrange(ContentType? sourceType, IReadOnlyList<RelatedCandidate> ranked, RelatedSettings settings)
    {
        var count = settings.StoredCount;
        return sourceType switch
        {
            ContentType.Blog or null => ForPost(ranked, settings, count),
            ContentType.Treatment or ContentType.Addiction => Interleave(ranked.Where(c => c.IsTopicPage).ToList(), ranked.Where(c => !c.IsTopicPage).ToList(), count),
            _ => ranked.Take(count).ToList(),
        };
    }

    private static List<RelatedCandidate> ForPost(IReadOnlyList<RelatedCandidate> ranked, RelatedSettings settings, int count)
    {
        var best = ranked.Count == 0 ? 0 : ranked[0].Score;
        var topic = ranked.FirstOrDefault(c => c.IsTopicPage && c.Score >= settings.TopicPageMinShare * best);
        var posts = ranked.Where(c => !c.IsTopicPage).Take(topic is null ? count : count - 1).ToList();
        if (topic is not null)
        {
            posts.Insert(Math.Min(TopicSlotInBlogList, posts.Count), topic);
        }

        return posts;
    }

    /// <summary>Neighbour, post, post, neighbour, post, post...; when one kind runs out the other fills in.</summary>
    private static List<RelatedCandidate> Interleave(List<RelatedCandidate> neighbours, List<RelatedCandidate> posts, int count)
    {
        var result = new List<RelatedCandidate>(count);
        int n = 0, p = 0;
        while (result.Count < count && (n < neighbours.Count || p < posts.Count))
        {
            var wantNeighbour = result.Count % 3 == 0;
            if ((wantNeighbour && n < neighbours.Count) || p >= posts.Count)
            {
                result.Add(neighbours[n++]);
            }
            else
            {
                result.Add(posts[p++]);
            }
        }

        return result;
    }
}
