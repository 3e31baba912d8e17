namespace HarrisHouse.Search.Storage;

/// <summary>A complete generation on disk.</summary>
public sealed record GenerationInfo(long Number, string Directory, GenerationManifest Manifest)
{
    public string Name => GenerationStore.NameOf(Number);

    public long SizeInBytes() => new DirectoryInfo(Directory).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}
