using System.Diagnostics;
using System.Text.Json;

namespace HarrisHouse.Search.Storage;

/// <summary>
/// Only one reindex at a time per index directory, across processes. The lock is an exclusive OS lock on
/// <c>reindex.lock</c>, held by an open handle: when its process dies, even by <c>kill -9</c>, the OS releases
/// it, so the next run takes it over at once with nothing to clean up by hand.
/// </summary>
public sealed class ReindexLock : IDisposable
{
    public const string FileName = "reindex.lock";
    private const string OwnerFileName = "reindex.owner.json";

    private readonly FileStream _handle;
    private readonly string _ownerPath;

    private ReindexLock(FileStream handle, string ownerPath)
    {
        _handle = handle;
        _ownerPath = ownerPath;
    }

    /// <summary>Takes the lock, or throws <see cref="ReindexInProgressException"/> at once if another run holds it.</summary>
    internal static ReindexLock Acquire(string indexRoot, string purpose)
    {
        Directory.CreateDirectory(indexRoot);
        var path = Path.Combine(indexRoot, FileName);
        var ownerPath = Path.Combine(indexRoot, OwnerFileName);
        FileStream handle;
        try
        {
            handle = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new ReindexInProgressException(DescribeHolder(ownerPath));
        }

        var owner = new LockOwner(Environment.ProcessId, Environment.MachineName, purpose, DateTimeOffset.UtcNow);
        File.WriteAllText(ownerPath, JsonSerializer.Serialize(owner));
        return new ReindexLock(handle, ownerPath);
    }

    public void Dispose()
    {
        try
        {
            File.Delete(_ownerPath);
        }
        catch (IOException)
        {
            // The owner note is only informative; the OS lock below is what matters.
        }

        _handle.Dispose();
    }

    private static string DescribeHolder(string ownerPath)
    {
        try
        {
            var owner = JsonSerializer.Deserialize<LockOwner>(File.ReadAllText(ownerPath));
            if (owner is not null)
            {
                var alive = IsAlive(owner);
                return $"another reindex ({owner.Purpose}) is running: process {owner.ProcessId} on {owner.Machine}, started {owner.StartedUtc:u}"
                    + (alive ? "" : " (the lock is still held by the OS)") + ". Wait for it to finish and try again.";
            }
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
        {
            // Fall through to the generic message.
        }

        return "another reindex is running on this index. Wait for it to finish and try again.";
    }

    private static bool IsAlive(LockOwner owner)
    {
        if (owner.Machine != Environment.MachineName)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(owner.ProcessId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private sealed record LockOwner(int ProcessId, string Machine, string Purpose, DateTimeOffset StartedUtc);
}

public sealed class ReindexInProgressException(string message) : Exception(message);
