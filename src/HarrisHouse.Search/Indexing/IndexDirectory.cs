using Lucene.Net.Store;

namespace HarrisHouse.Search.Indexing;

/// <summary>How every generation's folder is opened, for building and for serving.</summary>
/// <remarks>
/// Not FSDirectory.Open's memory mapping: Lucene.Net's MMapDirectory tracks every clone of an input in a
/// ConditionalWeakTable, so each query left GC handles behind until a full collection; with a few hundred thousand
/// of them every gen0 collection took 20-100 ms and set the search p99 (load-tests/README.md). Files are read
/// whole into memory when they are opened instead (Lucene never changes a file once written), and files too large
/// for that are read with positional reads.
/// </remarks>
internal static class IndexDirectory
{
    /// <summary>An index up to this size (the sample site's is about 2 MB) is held in memory while it is read.</summary>
    public const long InMemoryIndexLimit = 32L * 1024 * 1024;

    /// <summary>For building and for reading a generation once: positional reads.</summary>
    public static FSDirectory Open(string path) => new NIOFSDirectory(path);

    /// <summary>For the generation being served, read by every search: in memory when it is small.</summary>
    public static FSDirectory OpenForServing(string path) =>
        SizeOf(path) <= InMemoryIndexLimit ? new InMemoryReadsDirectory(path) : new NIOFSDirectory(path);

    private static long SizeOf(string path) =>
        System.IO.Directory.Exists(path) ? new DirectoryInfo(path).EnumerateFiles().Sum(f => f.Length) : 0;

    private sealed class InMemoryReadsDirectory(string path) : NIOFSDirectory(path)
    {
        public override IndexInput OpenInput(string name, IOContext context)
        {
            EnsureOpen();
            var contents = new RAMFile();
            using (var source = base.OpenInput(name, context))
            using (var target = new RAMOutputStream(contents))
            {
                target.CopyBytes(source, source.Length);
            }

            return new RAMInputStream(name, contents);
        }
    }
}
