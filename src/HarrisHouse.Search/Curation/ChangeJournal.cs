using System.Text.Json;

namespace HarrisHouse.Search.Curation;

/// <summary>
/// Every change to rules, synonyms and crisis phrases, one JSON line each in <c>changes.jsonl</c> under
/// <c>Search:CurationPath</c>: when, which key, before and after, so that any of them can be undone. Appended
/// under an exclusive lock on the file, so the API and the staff command can both write it.
/// </summary>
internal sealed class ChangeJournal(string directory)
{
    private static readonly JsonSerializerOptions Json = new(SearchJson.Options) { WriteIndented = false };

    public string Path => System.IO.Path.Combine(directory, "changes.jsonl");

    /// <summary>Appends the change with the next number, and returns it as written.</summary>
    public CurationChange Append(CurationChange change)
    {
        Directory.CreateDirectory(directory);
        using var file = OpenExclusive();
        var last = ReadAll(file).LastOrDefault()?.Id ?? 0;
        var written = change with { Id = last + 1 };
        file.Seek(0, SeekOrigin.End);
        using var writer = new StreamWriter(file, leaveOpen: true);
        writer.WriteLine(JsonSerializer.Serialize(written, Json));
        return written;
    }

    /// <summary>All changes, oldest first, each marked when a later undo reverted it.</summary>
    public IReadOnlyList<CurationChange> All()
    {
        if (!File.Exists(Path))
        {
            return [];
        }

        using var file = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var changes = ReadAll(file);
        var undone = changes.Select(c => c.Undoes).OfType<long>().ToHashSet();
        return changes.Select(c => undone.Contains(c.Id) ? c with { Undone = true } : c).ToList();
    }

    private FileStream OpenExclusive()
    {
        // Another process appending holds the file for a moment: wait for it rather than fail the edit.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                return new FileStream(Path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(10);
            }
        }
    }

    private static List<CurationChange> ReadAll(Stream file)
    {
        using var reader = new StreamReader(file, leaveOpen: true);
        var changes = new List<CurationChange>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                changes.Add(JsonSerializer.Deserialize<CurationChange>(line, Json)!);
            }
        }

        return changes;
    }
}
