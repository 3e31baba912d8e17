namespace HarrisHouse.Search;

/// <summary>Reports on the calling thread (unlike <see cref="Progress{T}"/>, which posts to the thread pool), so bars never lag.</summary>
public sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
