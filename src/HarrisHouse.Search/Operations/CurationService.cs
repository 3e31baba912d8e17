using System.Text.Json;
using HarrisHouse.Search.Analysis.Synonyms;
using HarrisHouse.Search.Content;
using HarrisHouse.Search.Curation;
using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Searching.Safety;

namespace HarrisHouse.Search.Operations;

/// <summary>The files staff edit as text through the admin API and the dashboard.</summary>
public enum CurationFile
{
    Synonyms,
    CrisisPhrases,
}

/// <summary>How an undo went.</summary>
public enum UndoStatus
{
    Undone,
    NotFound,

    /// <summary>The target changed again since: the later change must be undone first.</summary>
    Conflict,
}

/// <param name="Status">What happened.</param>
/// <param name="Change">The undo as journalled, when it was done.</param>
/// <param name="Reason">Why it was refused, in a sentence.</param>
public sealed record UndoOutcome(UndoStatus Status, CurationChange? Change, string? Reason);

/// <summary>
/// Staff's steering of search, live: rules, synonyms and crisis phrases, each change validated, written
/// atomically, in force from the next search (in every process on this index), journalled with who made it,
/// and undoable.
/// </summary>
public sealed class CurationService
{
    /// <summary>The name changes made with the staff command are journalled under.</summary>
    public const string StaffCommand = "staff command";

    /// <summary>Larger than any real synonyms or phrases file; a bigger body is a mistake.</summary>
    public const int MaxFileBytes = 256 * 1024;

    private readonly SearchOptions _options;
    private readonly RuleSet _rules;
    private readonly DocumentService _documents;
    private readonly ChangeJournal _journal;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();

    internal CurationService(SearchOptions options, RuleSet rules, DocumentService documents, TimeProvider time)
    {
        _options = options;
        _rules = rules;
        _documents = documents;
        _journal = new ChangeJournal(options.FullCurationPath);
        _time = time;
    }

    /// <summary>Staff's search rules, oldest first.</summary>
    public IReadOnlyList<SearchRule> Rules() => _rules.Current().Rules;

    /// <summary>
    /// Adds or replaces the rule with this id, in force for the next search here and in every process on this
    /// index; or the problems (each naming its field) that stop it, such as a URL that is not indexed.
    /// </summary>
    public IReadOnlyList<(string Field, string Message)> PutRule(SearchRule rule, string changedBy = StaffCommand)
    {
        var problems = RuleValidation.Check(rule, url => _documents.Get(url) is not null);
        if (problems.Count == 0)
        {
            lock (_lock)
            {
                var saved = rule with { Pin = [.. rule.Pin.Select(Normalized)], Hide = [.. rule.Hide.Select(Normalized)] };
                var before = RuleJson(rule.Id);
                _rules.Save([.. _rules.Current().Rules.Where(r => r.Id != rule.Id), saved]);
                Journal(changedBy, CurationKinds.Rule, rule.Id, "put", before, RuleJson(rule.Id));
            }
        }

        return problems;
    }

    /// <summary>Removes a rule; false when there is none with this id.</summary>
    public bool DeleteRule(string id, string changedBy = StaffCommand)
    {
        lock (_lock)
        {
            var before = RuleJson(id);
            if (before is null)
            {
                return false;
            }

            _rules.Save([.. _rules.Current().Rules.Where(r => r.Id != id)]);
            Journal(changedBy, CurationKinds.Rule, id, "delete", before, null);
            return true;
        }
    }

    /// <summary>The file's text as it is now (empty when there is none).</summary>
    public string Read(CurationFile file) => TextOf(file) ?? "";

    /// <summary>
    /// Replaces the file after checking every line; nothing is written when a line is wrong, and the problems
    /// name their lines. In force for the next search: the search reads the file again when it changes.
    /// </summary>
    public IReadOnlyList<(string Field, string Message)> Write(CurationFile file, string text, string changedBy = StaffCommand)
    {
        var problems = Check(file, text);
        if (problems.Count == 0)
        {
            lock (_lock)
            {
                var before = TextOf(file);
                AtomicFile.WriteAllText(PathOf(file), text);
                Journal(changedBy, KindOf(file), NameOf(file), "put", before, text);
            }
        }

        return problems;
    }

    /// <summary>The latest changes, newest first.</summary>
    public IReadOnlyList<CurationChange> Changes(int limit = 50) => [.. _journal.All().Reverse().Take(limit)];

    /// <summary>
    /// Puts the target of change <paramref name="id"/> back as it was before it, as a new change in the journal.
    /// Refused when the target changed again since (undo that later change first), so that nothing is lost silently.
    /// </summary>
    public UndoOutcome Undo(long id, string changedBy = StaffCommand)
    {
        lock (_lock)
        {
            var change = _journal.All().FirstOrDefault(c => c.Id == id);
            if (change is null)
            {
                return new UndoOutcome(UndoStatus.NotFound, null, $"There is no change {id} in the journal.");
            }

            if (CurrentState(change) != change.After)
            {
                return new UndoOutcome(UndoStatus.Conflict, null, $"The {change.Kind} '{change.Target}' changed again after change {id}: undo the later change first.");
            }

            Restore(change);
            var undo = Journal(changedBy, change.Kind, change.Target, "undo", change.After, change.Before, undoes: id);
            return new UndoOutcome(UndoStatus.Undone, undo, null);
        }
    }

    private IReadOnlyList<(string Field, string Message)> Check(CurationFile file, string text)
    {
        if (System.Text.Encoding.UTF8.GetByteCount(text) > MaxFileBytes)
        {
            return [("body", $"the file is larger than {MaxFileBytes / 1024} KB")];
        }

        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (file == CurationFile.CrisisPhrases)
        {
            return [.. CrisisPhrases.Check(lines).Select(p => ($"line {p.Line}", $"line {p.Line}: {p.Message}"))];
        }

        try
        {
            using var analyzer = Analysis.SiteAnalyzers.Text(_options.Stemmer);
            SynonymSet.Parse(lines, analyzer, "synonyms");
            return [];
        }
        catch (FormatException ex)
        {
            return [("body", ex.Message)];
        }
    }

    private string? CurrentState(CurationChange change) => change.Kind switch
    {
        CurationKinds.Rule => RuleJson(change.Target),
        _ => TextOf(FileOf(change.Kind)),
    };

    private void Restore(CurationChange change)
    {
        if (change.Kind == CurationKinds.Rule)
        {
            var others = _rules.Current().Rules.Where(r => r.Id != change.Target);
            _rules.Save(change.Before is null ? [.. others] : [.. others, JsonSerializer.Deserialize<SearchRule>(change.Before, RuleSet.Json)!]);
            return;
        }

        var path = PathOf(FileOf(change.Kind));
        if (change.Before is null)
        {
            File.Delete(path);
        }
        else
        {
            AtomicFile.WriteAllText(path, change.Before);
        }
    }

    private CurationChange Journal(string changedBy, string kind, string target, string action, string? before, string? after, long? undoes = null) =>
        _journal.Append(new CurationChange(0, _time.GetUtcNow(), changedBy, kind, target, action, before, after) { Undoes = undoes });

    private string? RuleJson(string id) =>
        _rules.Current().Rules.FirstOrDefault(r => r.Id == id) is { } rule ? JsonSerializer.Serialize(rule, RuleSet.Json) : null;

    /// <summary>The file's text, or null when there is no file.</summary>
    private string? TextOf(CurationFile file) => File.Exists(PathOf(file)) ? File.ReadAllText(PathOf(file)) : null;

    private string PathOf(CurationFile file) => file == CurationFile.Synonyms ? _options.FullSynonymsPath : _options.FullCrisisPhrasesPath;

    private static string KindOf(CurationFile file) => file == CurationFile.Synonyms ? CurationKinds.Synonyms : CurationKinds.CrisisPhrases;

    private static CurationFile FileOf(string kind) => kind == CurationKinds.Synonyms ? CurationFile.Synonyms : CurationFile.CrisisPhrases;

    private string NameOf(CurationFile file) => Path.GetFileName(PathOf(file));

    private static string Normalized(string url) => SiteUrl.TryNormalize(url, out var normalized, out _) ? normalized : url;
}
