using System.Diagnostics.Tracing;
using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Tests.Serving;

/// <summary>Runs alone: other tests creating and releasing handles at the same time would blur the count.</summary>
[CollectionDefinition(nameof(GcHandleCollection), DisableParallelization = true)]
public sealed class GcHandleCollection;

[Trait("Speed", "Slow")]
[Collection(nameof(GcHandleCollection))]
public sealed class GcHandleTests
{
    /// <summary>
    /// Memory-mapped reading (Lucene.Net's MMapDirectory) left about a hundred GC handles behind per search until
    /// a full collection, and every gen0 collection had to scan them: 20-100 ms pauses (load-tests/README.md).
    /// </summary>
    [Fact]
    public async Task Thousands_of_searches_leave_no_gc_handles_behind()
    {
        var (directory, engine) = SampleSite.BuildAndOpen(o =>
        {
            o.CachedAnswers = 0;
            return o;
        });
        using var _ = directory;
        using (engine)
        {
            string[] queries = ["detox", "alcohol withdrawal symptoms", "\"family program\"", "opiod withdrawl", "fent", "sober living"];
            void Search(int count)
            {
                for (var i = 0; i < count; i++)
                {
                    engine.Search.Search(new SearchRequest { Query = queries[i % queries.Length] });
                }
            }

            using var handles = new GcHandleCount();
            Search(300);
            var before = await handles.AfterGen0CollectionAsync();
            Search(3_000);
            var after = await handles.AfterGen0CollectionAsync();

            Assert.True(after - before < 30_000, $"GC handles grew from {before:N0} to {after:N0} over 3,000 searches");
        }
    }

    /// <summary>The runtime's own count of GC handles, reported with the statistics of each collection.</summary>
    private sealed class GcHandleCount : EventListener
    {
        private long _latest = -1;
        private int _reports;

        public async Task<long> AfterGen0CollectionAsync()
        {
            var seen = Volatile.Read(ref _reports);
            GC.Collect(0);
            await Eventually.AssertAsync(() => Volatile.Read(ref _reports) > seen, TimeSpan.FromSeconds(15), "the runtime to report the collection's statistics");
            return Interlocked.Read(ref _latest);
        }

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                const EventKeywords gc = (EventKeywords)0x1;
                EnableEvents(eventSource, EventLevel.Informational, gc);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventName == "GCHeapStats_V2" && eventData.PayloadNames is { } names && eventData.Payload is { } payload)
            {
                Interlocked.Exchange(ref _latest, Convert.ToInt64(payload[names.IndexOf("GCHandleCount")], System.Globalization.CultureInfo.InvariantCulture));
                Interlocked.Increment(ref _reports);
            }
        }
    }
}
