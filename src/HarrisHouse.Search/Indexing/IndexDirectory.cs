using Lucene.Net.Store;

namespace HarrisHouse.Search.Indexing;

/// <summary>How every generation's folder is opened, for building and for serving.</summary>
internal static class IndexDirectory
{
    /// <summary>
    /// Positional reads, not FSDirectory.Open's memory mapping: Lucene.Net's MMapDirectory tracks every clone of an
    /// input in a ConditionalWeakTable, so each query left GC handles behind until a full collection; with a few
    /// hundred thousand of them every gen0 collection took 20-100 ms and set the search p99 (load-tests/README.md).
    /// </summary>
    public static FSDirectory Open(string path) => new NIOFSDirectory(path);
}
