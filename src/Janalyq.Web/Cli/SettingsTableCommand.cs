using System.CommandLine;
using Janalyq.Web.Hosting;

namespace Janalyq.Web.Cli;

/// <summary>
/// `settings-table [--write README.md]` (hidden; scripts/settings-table runs it): prints the configuration table
/// generated from the options classes, or rewrites it between the markers of the given README.
/// </summary>
internal static class SettingsTableCommand
{
    private static readonly Option<FileInfo?> Write = new("--write") { Description = "README to rewrite between its settings-table markers; default: print the table." };

    public static Command Create()
    {
        var command = new Command("settings-table", "Print the README's configuration table, generated from the options classes.") { Hidden = true };
        command.Options.Add(Write);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(Write) is not { } readme)
            {
                await Console.Out.WriteAsync(SettingsTable.Markdown());
                return ExitCodes.Ok;
            }
            var text = await File.ReadAllTextAsync(readme.FullName, cancellationToken);
            var rewritten = SettingsTable.Rewrite(text);
            if (rewritten != text) await File.WriteAllTextAsync(readme.FullName, rewritten, cancellationToken);
            await Console.Error.WriteLineAsync(rewritten == text ? $"{readme.Name}: the settings table is up to date." : $"{readme.Name}: settings table rewritten.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
