using System.Collections.Concurrent;
using Lucene.Net.Store;

namespace HarrisHouse.Search.Storage;

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
    /// <summary>An index up to this size (the sample site's is about 2 MB) is held in memory while it is served.</summary>
    public const long InMemoryIndexLimit = 32L * 1024 * 1024;

    /// <summary>For building and for reading a generation once: positional reads.</summary>
    public static FSDirectory Open(string path) => new NIOFSDirectory(path);

    /// <summary>For the generation being served, read by every search: in memory when it is small.</summary>
    public static FSDirectory OpenForServing(string path) =>
        SizeOf(path) <= InMemoryIndexLimit ? new InMemoryReadsDirectory(path) : new NIOFSDirectory(path);

    private static long SizeOf(string path) =>
        System.IO.Directory.Exists(path) ? new DirectoryInfo(path).EnumerateFiles().Sum(f => f.Length) : 0;

    /// <summary>
    /// Each file is read once and shared by every reader that opens it (the checksum pass on open, the searchers,
    /// the live writer's near-real-time readers): Lucene writes a file once and never changes it, and a name is
    /// only reused after the file is deleted or created anew, which drops it here.
    /// </summary>
    private sealed class InMemoryReadsDirectory(string path) : NIOFSDirectory(path)
    {
        private readonly ConcurrentDictionary<string, RAMFile> _files = new(StringComparer.Ordinal);

        public override IndexInput OpenInput(string name, IOContext context)
        {
            EnsureOpen();
            return new RAMInputStream(name, _files.GetOrAdd(name, _ => Read(name, context)));
        }

        public override IndexOutput CreateOutput(string name, IOContext context)
        {
            _files.TryRemove(name, out _);
            return base.CreateOutput(name, context);
        }

        public override void DeleteFile(string name)
        {
            _files.TryRemove(name, out _);
            base.DeleteFile(name);
        }

        private RAMFile Read(string name, IOContext context)
        {
            var contents = new RAMFile();
            using (var source = base.OpenInput(name, context))
            using (var target = new RAMOutputStream(contents))
            {
                target.CopyBytes(source, source.Length);
            }

            return contents;
        }
    }
}
