using System.Globalization;
using Microsoft.Data.Sqlite;

namespace HarrisHouse.Search.Analytics;

/// <summary>
/// The SQLite file of daily counts. Writes add a batch in one transaction and delete days past retention;
/// a file locked by another instance fails fast (a short busy timeout) rather than wait.
/// </summary>
public sealed class AnalyticsStore(AnalyticsSettings settings)
{
    /// <summary>
    /// Created in the first batch's transaction: a report read while the file is being made sees either no tables
    /// or all of them with their rows, never one table without the next (that read failed with a 500).
    /// </summary>
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS day_totals (
            day TEXT PRIMARY KEY, searches INTEGER NOT NULL, zero_results INTEGER NOT NULL,
            crisis_notices INTEGER NOT NULL, clicks INTEGER NOT NULL, spanish_searches INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE IF NOT EXISTS query_days (
            day TEXT NOT NULL, query TEXT NOT NULL, searches INTEGER NOT NULL, zero_results INTEGER NOT NULL,
            clicks INTEGER NOT NULL, PRIMARY KEY (day, query));
        CREATE TABLE IF NOT EXISTS click_positions (
            day TEXT NOT NULL, position INTEGER NOT NULL, clicks INTEGER NOT NULL, PRIMARY KEY (day, position));
        """;

    public void Write(AnalyticsBatch batch, DateOnly today)
    {
        if (batch.IsEmpty)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(settings.FullPath)!);
        using var connection = Open(SqliteOpenMode.ReadWriteCreate);
        Execute(connection, null, "PRAGMA journal_mode = WAL");
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, Schema);
        if (!HasColumn(connection, transaction, "day_totals", "spanish_searches"))
        {
            // A file written before Spanish searches were counted: its days keep their totals, with none in Spanish.
            Execute(connection, transaction, "ALTER TABLE day_totals ADD COLUMN spanish_searches INTEGER NOT NULL DEFAULT 0");
        }

        foreach (var (day, counts) in batch.Days)
        {
            Execute(connection, transaction, """
                INSERT INTO day_totals (day, searches, zero_results, crisis_notices, clicks, spanish_searches)
                VALUES ($day, $searches, $zero, $crisis, $clicks, $spanish)
                ON CONFLICT(day) DO UPDATE SET searches = searches + excluded.searches, zero_results = zero_results + excluded.zero_results,
                    crisis_notices = crisis_notices + excluded.crisis_notices, clicks = clicks + excluded.clicks,
                    spanish_searches = spanish_searches + excluded.spanish_searches
                """, ("$day", Key(day)), ("$searches", counts.Searches), ("$zero", counts.ZeroResults), ("$crisis", counts.CrisisNotices), ("$clicks", counts.Clicks),
                ("$spanish", counts.SpanishSearches));
        }

        foreach (var ((day, query), counts) in batch.Queries)
        {
            Execute(connection, transaction, """
                INSERT INTO query_days VALUES ($day, $query, $searches, $zero, $clicks)
                ON CONFLICT(day, query) DO UPDATE SET searches = searches + excluded.searches,
                    zero_results = zero_results + excluded.zero_results, clicks = clicks + excluded.clicks
                """, ("$day", Key(day)), ("$query", query), ("$searches", counts.Searches), ("$zero", counts.ZeroResults), ("$clicks", counts.Clicks));
        }

        foreach (var ((day, position), clicks) in batch.Positions)
        {
            Execute(connection, transaction, """
                INSERT INTO click_positions VALUES ($day, $position, $clicks)
                ON CONFLICT(day, position) DO UPDATE SET clicks = clicks + excluded.clicks
                """, ("$day", Key(day)), ("$position", position), ("$clicks", clicks));
        }

        var oldest = Key(today.AddDays(-settings.RetentionDays + 1));
        foreach (var table in new[] { "day_totals", "query_days", "click_positions" })
        {
            Execute(connection, transaction, $"DELETE FROM {table} WHERE day < $oldest", ("$oldest", oldest));
        }

        transaction.Commit();
    }

    /// <summary>
    /// The last <paramref name="days"/> days up to <paramref name="today"/>; queries below the minimum count are left
    /// out. Throws <see cref="AnalyticsUnavailableException"/> when another instance holds the file past the busy timeout.
    /// </summary>
    public AnalyticsReport Read(int days, DateOnly today)
    {
        try
        {
            return ReadFile(days, today);
        }
        catch (SqliteException ex)
        {
            throw new AnalyticsUnavailableException($"The analytics file could not be read just now ({ex.Message}); try again in a moment.", ex);
        }
    }

    private AnalyticsReport ReadFile(int days, DateOnly today)
    {
        var from = today.AddDays(1 - days);
        if (!File.Exists(settings.FullPath))
        {
            return Empty(from, today);
        }

        using var connection = Open(SqliteOpenMode.ReadOnly);
        if (Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE name = 'day_totals'", from, today) == 0)
        {
            return Empty(from, today);
        }

        var byDay = Rows(connection, "SELECT day, searches, zero_results FROM day_totals WHERE day BETWEEN $from AND $to", from, today,
                r => (Day: r.GetString(0), Searches: r.GetInt32(1), Zero: r.GetInt32(2)))
            .ToDictionary(r => r.Day);
        var daily = Enumerable.Range(0, days).Select(from.AddDays)
            .Select(d => byDay.TryGetValue(Key(d), out var row) ? new DailyFigures(d, row.Searches, row.Zero) : new DailyFigures(d, 0, 0))
            .ToList();
        var queries = Rows(connection, """
                SELECT query, sum(searches) AS s, sum(clicks) AS c, sum(zero_results) AS z FROM query_days
                WHERE day BETWEEN $from AND $to GROUP BY query HAVING s >= $min
                """, from, today, r => new QueryFigures(r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3)));

        return new AnalyticsReport(
            from,
            today,
            Sum(connection, "searches", from, today),
            Sum(connection, "zero_results", from, today),
            Sum(connection, "crisis_notices", from, today),
            Sum(connection, "clicks", from, today),
            daily,
            [.. queries.OrderByDescending(q => q.Searches).ThenBy(q => q.Query, StringComparer.Ordinal).Take(AnalyticsReport.MaxQueries)],
            [.. queries.Where(q => q.ZeroResults > 0).OrderByDescending(q => q.ZeroResults).ThenBy(q => q.Query, StringComparer.Ordinal)
                .Take(AnalyticsReport.MaxQueries).Select(q => new QuerySearches(q.Query, q.ZeroResults))],
            [.. queries.Where(q => q.Clicks == 0 && q.ZeroResults < q.Searches).OrderByDescending(q => q.Searches).ThenBy(q => q.Query, StringComparer.Ordinal)
                .Take(AnalyticsReport.MaxQueries).Select(q => new QuerySearches(q.Query, q.Searches))],
            Rows(connection, "SELECT position, sum(clicks) FROM click_positions WHERE day BETWEEN $from AND $to GROUP BY position ORDER BY position", from, today,
                r => new PositionClicks(r.GetInt32(0), r.GetInt32(1))))
        {
            // A file no newer instance has written to yet has no such column: none of its searches were counted.
            SpanishSearches = HasColumn(connection, null, "day_totals", "spanish_searches") ? Sum(connection, "spanish_searches", from, today) : 0,
        };
    }

    private static bool HasColumn(SqliteConnection connection, SqliteTransaction? transaction, string table, string column)
    {
        using var command = Command(connection, transaction, $"SELECT count(*) FROM pragma_table_info('{table}') WHERE name = $column", ("$column", column));
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }

    private static AnalyticsReport Empty(DateOnly from, DateOnly to) =>
        new(from, to, 0, 0, 0, 0, [.. Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(i => new DailyFigures(from.AddDays(i), 0, 0))], [], [], [], []);

    private SqliteConnection Open(SqliteOpenMode mode)
    {
        // A short busy timeout: a file another instance is writing fails this batch fast rather than queue.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = settings.FullPath, Mode = mode, Pooling = false, DefaultTimeout = 1 }.ToString());
        connection.Open();
        return connection;
    }

    private List<T> Rows<T>(SqliteConnection connection, string sql, DateOnly from, DateOnly to, Func<SqliteDataReader, T> read)
    {
        using var command = Command(connection, null, sql, ("$from", Key(from)), ("$to", Key(to)), ("$min", settings.MinCount));
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private static int Sum(SqliteConnection connection, string column, DateOnly from, DateOnly to) =>
        Scalar(connection, $"SELECT coalesce(sum({column}), 0) FROM day_totals WHERE day BETWEEN $from AND $to", from, to);

    private static int Scalar(SqliteConnection connection, string sql, DateOnly from, DateOnly to)
    {
        using var command = Command(connection, null, sql, ("$from", Key(from)), ("$to", Key(to)));
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            if (sql.Contains(name, StringComparison.Ordinal))
            {
                command.Parameters.AddWithValue(name, value);
            }
        }

        return command;
    }

    private static string Key(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
