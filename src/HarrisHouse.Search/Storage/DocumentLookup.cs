using Lucene.Net.Index;
using Lucene.Net.Util;

namespace HarrisHouse.Search.Storage;

internal static class DocumentLookup
{
    /// <summary>The live document with this URL, or -1: one term seek per segment, no scoring.</summary>
    public static int Find(IndexReader reader, string url)
    {
        var term = new BytesRef(url);
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(IndexSchema.Url);
            var termsEnum = terms?.GetEnumerator();
            if (termsEnum is null || !termsEnum.SeekExact(term))
            {
                continue;
            }

            var docs = termsEnum.Docs(leaf.AtomicReader.LiveDocs, null, DocsFlags.NONE);
            var doc = docs.NextDoc();
            if (doc != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS)
            {
                return leaf.DocBase + doc;
            }
        }

        return -1;
    }
}
