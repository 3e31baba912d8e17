using HarrisHouse.Search.Indexing;
using HarrisHouse.Search.Storage;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace HarrisHouse.Search.Serving;

/// <summary>
/// One generation opened for serving: its directory, its searcher manager and, when this process may
/// write, its one <see cref="IndexWriter"/>. Reference counted: it closes when it has been retired and the
/// last lease on it is released, so a switch never pulls an index out from under a running search.
/// </summary>
internal sealed class ServedGeneration
{
    private readonly FSDirectory _directory;
    private readonly SearcherManager _manager;
    private int _references = 1;

    /// <summary>Commit user data key: the last live update committed into this generation.</summary>
    public const string LiveSequenceKey = "liveSequence";

    private ServedGeneration(GenerationInfo info, FSDirectory directory, SearcherManager manager, IndexWriter? writer, string? readOnlyReason, long appliedSequence)
    {
        AppliedSequence = appliedSequence;
        Info = info;
        _directory = directory;
        _manager = manager;
        Writer = writer;
        ReadOnlyReason = readOnlyReason;
    }

    public GenerationInfo Info { get; }

    /// <summary>The writer for live updates; null when another process holds this generation's write lock.</summary>
    public IndexWriter? Writer { get; }

    public string? ReadOnlyReason { get; }

    /// <summary>The last live update this generation holds (from its build, or committed since).</summary>
    public long AppliedSequence { get; set; }

    /// <summary>
    /// Opens a generation after checking every file's checksum, so that a corrupted or truncated
    /// generation is refused here rather than failing searches later.
    /// </summary>
    public static ServedGeneration Open(GenerationInfo info, IndexSettings settings, SearcherFactory searcherFactory, bool writable, bool verify)
    {
        var directory = IndexDirectory.OpenForServing(info.Directory);
        try
        {
            // The stored text's word list is read now, while the folder is certainly there: Lucene's files stay
            // readable through their open handles if a later reindex prunes the folder, and so must the list.
            _ = StoredWords.Of(directory);
            long appliedSequence;
            using (var reader = DirectoryReader.Open(directory))
            {
                if (verify)
                {
                    foreach (var leaf in reader.Leaves)
                    {
                        leaf.AtomicReader.CheckIntegrity();
                    }
                }

                var committed = reader.IndexCommit.UserData.TryGetValue(LiveSequenceKey, out var value) && long.TryParse(value, out var sequence) ? sequence : 0;
                appliedSequence = Math.Max(committed, info.Manifest.LiveUpdateSequence);
            }

            IndexWriter? writer = null;
            string? readOnlyReason = null;
            if (writable)
            {
                try
                {
                    // The generation's own synonym phrases, not the file's current ones: see GenerationManifest.SynonymPhrases.
                    var analyzer = IndexSchema.CreateAnalyzer(settings.Stemmer, synonymPhrases: info.Manifest.SynonymPhrases.ToHashSet(StringComparer.Ordinal));
                    var config = new IndexWriterConfig(Analysis.SiteAnalyzers.Version, analyzer)
                    {
                        OpenMode = OpenMode.APPEND,
                        Codec = SiteCodec.Instance,
                    };
                    writer = new IndexWriter(directory, config);
                }
                catch (LockObtainFailedException)
                {
                    readOnlyReason = $"another process holds the write lock of {info.Name}; live updates are disabled in this process";
                }
            }

            var manager = writer is null
                ? new SearcherManager(directory, searcherFactory)
                : new SearcherManager(writer, applyAllDeletes: true, searcherFactory);
            return new ServedGeneration(info, directory, manager, writer, readOnlyReason, appliedSequence);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    public int DocumentCount()
    {
        var searcher = _manager.Acquire();
        try
        {
            return searcher.IndexReader.NumDocs;
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    public SearcherLease? TryLease()
    {
        if (!TryAddReference())
        {
            return null;
        }

        return new SearcherLease(this, _manager.Acquire());
    }

    public void Release(IndexSearcher searcher)
    {
        _manager.Release(searcher);
        RemoveReference();
    }

    /// <summary>Makes searches after this call see the writer's latest changes.</summary>
    public void Refresh() => _manager.MaybeRefreshBlocking();

    /// <summary>Commits the writer's changes durably, recording the last live update they include.</summary>
    public void Commit(long appliedSequence)
    {
        var writer = Writer ?? throw new InvalidOperationException($"{Info.Name} is open read-only");
        writer.SetCommitData(new Dictionary<string, string> { [LiveSequenceKey] = appliedSequence.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        writer.Commit();
        AppliedSequence = appliedSequence;
    }

    /// <summary>Drops the serving reference: the generation closes once the last lease is released.</summary>
    public void Retire() => RemoveReference();

    private bool TryAddReference()
    {
        while (true)
        {
            var current = Volatile.Read(ref _references);
            if (current <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _references, current + 1, current) == current)
            {
                return true;
            }
        }
    }

    private void RemoveReference()
    {
        if (Interlocked.Decrement(ref _references) == 0)
        {
            _manager.Dispose();
            Writer?.Dispose();
            _directory.Dispose();
        }
    }
}
