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
    /// <summary>Files up to this size are held in memory while a reader has them open.</summary>
    public const long InMemoryFileLimit = 32L * 1024 * 1024;

    public static FSDirectory Open(string path) => new InMemoryReadsDirectory(path);

    private sealed class InMemoryReadsDirectory(string path) : NIOFSDirectory(path)
    {
        public override IndexInput OpenInput(string name, IOContext context)
        {
            EnsureOpen();
            var file = Path.Combine(Directory.FullName, name);
            var length = new FileInfo(file).Length;
            if (length > InMemoryFileLimit)
            {
                return base.OpenInput(name, context);
            }

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
