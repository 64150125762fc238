using System.CommandLine;
using System.Globalization;
using Janalyq.Ranking;
using Janalyq.Storage;

namespace Janalyq.Web.Cli;

/// <summary>
/// `rank [--explain] [--top N] [--language ru|kk|en]`: the stories of "Актуальное" in their order, as the site ranks
/// them now; with --explain, each score's parts (outlet votes, velocity, views, freshness).
/// </summary>
internal static class RankCommand
{
    private static readonly Option<bool> Explain = new("--explain") { Description = "Print each score's parts under its story." };

    private static readonly Option<int> Top = new("--top")
    {
        Description = "How many stories to list (default 20).",
        DefaultValueFactory = _ => 20,
    };

    private static readonly Option<string> Language = new("--language")
    {
        Description = "Language of the titles: ru (default), kk or en.",
        DefaultValueFactory = _ => "ru",
    };

    public static Command Create(Option<string?> data, CoreHostBuilder hosts)
    {
        var command = new Command("rank", "List the stories of \"Актуальное\" in their order, with --explain their score's parts.");
        command.Options.Add(Explain);
        command.Options.Add(Top);
        command.Options.Add(Language);
        Top.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--top must be at least 1."); });
        Language.AcceptOnlyFromAmong("ru", "kk", "en");
        command.SetAction((parse, cancellationToken) =>
            RunAsync(parse.GetValue(data), parse.GetValue(Explain), parse.GetValue(Top), parse.GetValue(Language)!, hosts, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? data, bool explain, int top, string language, CoreHostBuilder hosts, CancellationToken cancellationToken)
    {
        using var host = hosts(data).Build();
        await host.Services.GetRequiredService<IDatabase>().MigrateAsync(cancellationToken);
        await using var scope = host.Services.CreateAsyncScope();
        var ranked = (await scope.ServiceProvider.GetRequiredService<TrendingLoader>().RankAsync(cancellationToken)).Take(top).ToList();
        if (ranked.Count == 0)
        {
            Console.WriteLine("No stories to rank: the database has no articles in the ranking window (Ranking:Window).");
            return ExitCodes.Ok;
        }
        var cards = (await scope.ServiceProvider.GetRequiredService<IStoryFeed>()
            .CardsAsync(ranked.Select(r => r.Candidate.Key).ToList(), language, cancellationToken)).ToDictionary(c => c.Key);
        var c = CultureInfo.InvariantCulture;
        for (int i = 0; i < ranked.Count; i++)
        {
            var (candidate, why) = (ranked[i].Candidate, ranked[i].Explanation);
            cards.TryGetValue(candidate.Key, out var card);
            string title = card?.StoryTitle ?? card?.Article.Title ?? "(no listable article)";
            string languages = card is null ? "" : string.Join(",", card.Languages);
            Console.WriteLine(string.Format(c, "{0,3}. {1,8:0.000}  {2,-14} {3} outlet(s) {4,-9} {5}",
                i + 1, why.Score, candidate.Key, why.Outlets, languages, title));
            if (explain) Console.WriteLine("       " + why);
        }
        return ExitCodes.Ok;
    }
}
