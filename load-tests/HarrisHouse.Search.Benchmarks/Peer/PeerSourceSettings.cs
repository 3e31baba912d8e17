using System.ComponentModel;
using Spectre.Console.Cli;

namespace HarrisHouse.Search.Benchmarks.Peer;

/// <summary>Where the peer's source and Lucene's jars are, for every command that runs the peer.</summary>
public abstract class PeerSourceSettings : CommandSettings
{
    [CommandOption("--peers <DIR>")]
    [Description("The folder with LucenePeer.java, beir2tsv.py and synthetic_corpus.py (only read).")]
    [DefaultValue("../shared/peers")]
    public string Peers { get; init; } = "../shared/peers";

    [CommandOption("--jars <DIR>")]
    [Description("Where liblucene4.10-java put the Lucene jars.")]
    [DefaultValue("/usr/share/java")]
    public string Jars { get; init; } = "/usr/share/java";
}
