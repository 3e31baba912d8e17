namespace HarrisHouse.Search.Searching.Querying;

/// <summary>
/// A <see cref="WindowScorer"/>'s arrays, kept by the thread for its next search once a scorer has gone through its
/// documents. Allocated afresh, they came to some 70 KB per search and segment: at NFCorpus's thousands of searches a
/// second, most of them several words, the collections they brought took a share of the time.
/// </summary>
internal sealed class WindowBuffers
{
    /// <summary>The most documents in a window.</summary>
    public const int MostInWindow = 1024;

    /// <summary>The most values (a leaf's frequency or score per slot) a window keeps: 64 KB, out of the large object heap.</summary>
    public const int MostValues = 64 * 1024 / sizeof(float);

    [ThreadStatic]
    private static WindowBuffers? _spare;

    private WindowBuffers()
    {
    }

    /// <summary>Per slot, one bit per leaf on the document.</summary>
    public UInt128[] Marks { get; } = new UInt128[MostInWindow];

    /// <summary>The slots any leaf marked, and those a required leaf did, a bit each.</summary>
    public ulong[] MarkedSlots { get; } = new ulong[MostInWindow / 64];

    public ulong[] RequiredSlots { get; } = new ulong[MostInWindow / 64];

    /// <summary>Per leaf and slot: a term's frequency there, or another scorer's score; read only where marked.</summary>
    public float[] Values { get; } = new float[MostValues];

    /// <summary>Per slot, the sum of the bounds of the leaves marked there.</summary>
    public float[] SlotBounds { get; } = new float[MostInWindow];

    /// <summary>The thread's spare buffers, or new ones, cleared for a window of <paramref name="window"/> slots.</summary>
    public static WindowBuffers Rent(int window)
    {
        var buffers = _spare ?? new WindowBuffers();
        _spare = null;
        Array.Clear(buffers.Marks, 0, window);
        Array.Clear(buffers.MarkedSlots);
        Array.Clear(buffers.RequiredSlots);
        Array.Clear(buffers.SlotBounds, 0, window);
        return buffers;
    }

    /// <summary>Keeps the buffers for the thread's next scorer; the one returning them must not touch them again.</summary>
    public void Return() => _spare = this;
}
