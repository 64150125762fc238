using System.CommandLine;

namespace Janalyq.Web.Cli;

/// <summary>Options every verb shares.</summary>
internal static class CommonOptions
{
    public static readonly Option<string?> Data = new("--data")
    {
        Description = "Data folder (database, index, media); created when missing. Default: ./data, or $JANALYQ_DATA.",
        Recursive = true,
    };
}
