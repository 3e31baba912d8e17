using System.Collections.Concurrent;
using Lucene.Net.Store;

namespace HarrisHouse.Search.Storage;

/// <summary>How every generation's folder is opened, for building and for serving.</summary>
/// <remarks>
/// Not FSDirectory.Open's memory mapping: Lucene.Net's MMapDirectory tracks every clone of an input in a
/// ConditionalWeakTable, so each query left GC handles behind until a full collection; with a few hundred thousand
/// of them every gen0 collection took 20-100 ms and set the search p99 (load-tests/README.md). Files searches read
/// are held whole in memory instead (Lucene never changes a file once written); the rest is read with positional
/// reads.
/// </remarks>
internal static class IndexDirectory
{
    /// <summary>An index up to this size (the sample site's is about 2 MB) is held in memory whole while it is served.</summary>
    public const long InMemoryIndexLimit = 32L * 1024 * 1024;

    /// <summary>
    /// Above <see cref="InMemoryIndexLimit"/>, what every search reads is still held in memory: the terms, the
    /// postings and positions, norms and doc values (at 100k site-like pages ~110 of 356 MB). Read through
    /// positional reads, a buffer refill per doc value looked up (the date of each candidate, the facets of each
    /// hit) took half of a one-word search's time. Stored fields (shown for a page of hits), term vectors, the
    /// offsets an older generation still holds (snippets now need only positions) and compound files stay on disk.
    /// </summary>
    private static readonly HashSet<string> SearchedExtensions = new(StringComparer.Ordinal)
    {
        ".tim", ".tip", ".doc", ".pos", ".nvd", ".nvm", ".dvd", ".dvm", ".fnm", ".si",
    };

    /// <summary>A file larger than this is never read into one array.</summary>
    private const long LargestFileInMemory = 1L << 30;

    /// <summary>Lucene must know the site's codec before it opens a generation written with it.</summary>
    static IndexDirectory() => _ = SiteCodec.Instance;

    /// <summary>For building and for reading a generation once: positional reads.</summary>
    public static FSDirectory Open(string path) => new NIOFSDirectory(path);

    /// <summary>For the generation being served, read by every search: in memory when it is small, its searched files otherwise.</summary>
    public static FSDirectory OpenForServing(string path) =>
        SizeOf(path) <= InMemoryIndexLimit
            ? new InMemoryReadsDirectory(path, _ => true)
            : new InMemoryReadsDirectory(path, name => SearchedExtensions.Contains(Path.GetExtension(name)));

    private static long SizeOf(string path) =>
        System.IO.Directory.Exists(path) ? new DirectoryInfo(path).EnumerateFiles().Sum(f => f.Length) : 0;

    /// <summary>
    /// Each file chosen is read once and shared by every reader that opens it (the checksum pass on open, the
    /// searchers, the live writer's near-real-time readers): Lucene writes a file once and never changes it, and a
    /// name is only reused after the file is deleted or created anew, which drops it here.
    /// </summary>
    private sealed class InMemoryReadsDirectory(string path, Func<string, bool> inMemory) : NIOFSDirectory(path)
    {
        private readonly ConcurrentDictionary<string, byte[]?> _files = new(StringComparer.Ordinal);

        public override IndexInput OpenInput(string name, IOContext context)
        {
            EnsureOpen();
            if (!inMemory(name))
            {
                return base.OpenInput(name, context);
            }

            var contents = _files.GetOrAdd(name, _ => Read(name, context));
            return contents is null ? base.OpenInput(name, context) : new MemoryIndexInput($"MemoryIndexInput(path=\"{Path.Combine(Directory.FullName, name)}\")", contents);
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

        /// <summary>The file's bytes, or null for a file too large to hold in one array (read from disk instead).</summary>
        private byte[]? Read(string name, IOContext context)
        {
            using var source = base.OpenInput(name, context);
            if (source.Length > LargestFileInMemory)
            {
                return null;
            }

            var contents = new byte[source.Length];
            source.ReadBytes(contents, 0, contents.Length);
            return contents;
        }
    }
}
