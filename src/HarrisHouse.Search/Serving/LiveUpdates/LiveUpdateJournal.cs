using System.Text;
using System.Text.Json;

namespace HarrisHouse.Search.Serving.LiveUpdates;

/// <summary>
/// The write-ahead journal of live changes, <c>live-updates.jsonl</c> in the index directory: one JSON line
/// per change, flushed to disk before the change is applied. It lets live changes survive a crash, be
/// replayed onto generations built while they arrived, and be carried over by every full reindex.
/// Only the API appends to it; the staff command reads it.
/// </summary>
internal sealed class LiveUpdateJournal(string indexRoot)
{
    public const string FileName = "live-updates.jsonl";

    public string Path { get; } = System.IO.Path.Combine(indexRoot, FileName);

    /// <summary>Every complete entry, in order. A torn last line (a write in progress) is skipped.</summary>
    public IReadOnlyList<LiveUpdate> ReadAll()
    {
        if (!File.Exists(Path))
        {
            return [];
        }

        var entries = new List<LiveUpdate>();
        using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                if (JsonSerializer.Deserialize<LiveUpdate>(line, SearchJson.Options) is { } entry)
                {
                    entries.Add(entry);
                }
            }
            catch (JsonException)
            {
                // Only the last line can be incomplete (an append in progress or cut by a crash); the API
                // replays whatever lies beyond the last complete entry.
            }
        }

        return entries;
    }

    /// <summary>The latest change of each URL, in sequence order.</summary>
    public static IReadOnlyList<LiveUpdate> LatestPerUrl(IEnumerable<LiveUpdate> entries) =>
        entries.GroupBy(e => e.Url, StringComparer.Ordinal)
            .Select(g => g.MaxBy(e => e.Sequence)!)
            .OrderBy(e => e.Sequence)
            .ToList();

    /// <summary>Appends a change and flushes it to disk; returns it with its sequence number.</summary>
    public LiveUpdate Append(LiveUpdateKind kind, string url, Content.ContentItem? item, long lastSequence)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var entry = new LiveUpdate(lastSequence + 1, kind, url, item, DateTimeOffset.UtcNow);
        using var stream = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read);
        var line = JsonSerializer.SerializeToUtf8Bytes(entry, SearchJson.Options);
        stream.Write(line);
        stream.WriteByte((byte)'\n');
        stream.Flush(flushToDisk: true);
        return entry;
    }

    /// <summary>Rewrites the journal with only the latest change of each URL (atomically, by rename).</summary>
    public void Compact()
    {
        var latest = LatestPerUrl(ReadAll());
        var temporary = Path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            foreach (var entry in latest)
            {
                stream.Write(JsonSerializer.SerializeToUtf8Bytes(entry, SearchJson.Options));
                stream.WriteByte((byte)'\n');
            }

            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, Path, overwrite: true);
    }
}
