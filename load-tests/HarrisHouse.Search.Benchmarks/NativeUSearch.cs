using System.Reflection;
using System.Runtime.InteropServices;
using Cloud.Unum.USearch;

namespace HarrisHouse.Search.Benchmarks;

/// <summary>
/// Calls of USearch's C library that its C# binding (2.26) does not expose: reserving capacity for
/// concurrent adds, changing the search width of a built index, and reading its memory use.
/// </summary>
internal static partial class NativeUSearch
{
    private const string Library = "usearch_c";

    public static void Reserve(USearchIndex index, int capacity)
    {
        usearch_reserve(Handle(index), (nuint)capacity, out var error);
        Check(error);
    }

    public static void SetSearchWidth(USearchIndex index, int expansion)
    {
        usearch_change_expansion_search(Handle(index), (nuint)expansion, out var error);
        Check(error);
    }

    public static long MemoryUsage(USearchIndex index)
    {
        var bytes = usearch_memory_usage(Handle(index), out var error);
        Check(error);
        return (long)bytes;
    }

    private static nint Handle(USearchIndex index) =>
        (nint)(typeof(USearchIndex).GetField("_index", BindingFlags.NonPublic | BindingFlags.Instance)?.GetValue(index)
            ?? throw new InvalidOperationException("this USearch binding keeps its native handle elsewhere"));

    private static void Check(nint error)
    {
        if (error != 0)
        {
            throw new InvalidOperationException($"USearch: {Marshal.PtrToStringUTF8(error)}");
        }
    }

    [LibraryImport(Library)]
    private static partial void usearch_reserve(nint index, nuint capacity, out nint error);

    [LibraryImport(Library)]
    private static partial void usearch_change_expansion_search(nint index, nuint expansion, out nint error);

    [LibraryImport(Library)]
    private static partial nuint usearch_memory_usage(nint index, out nint error);
}
