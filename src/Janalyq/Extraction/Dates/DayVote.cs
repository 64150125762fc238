namespace Janalyq.Extraction.Dates;

/// <summary>
/// When a page's declared publication dates disagree on the day (JSON-LD says the 4th, its meta tag and its byline the
/// 6th), the day most sources give wins, and the page's visible date is one more voter; a tie goes to the strongest source.
/// </summary>
internal static class DayVote
{
    /// <summary>The chosen date among <paramref name="declared"/> (strongest first); <paramref name="visible"/> is read only on disagreement.</summary>
    internal static DateTimeOffset? Choose(List<DateTimeOffset> declared, Func<DateTimeOffset?> visible)
    {
        if (declared.Count == 0) return null;
        if (Agree(declared)) return declared[0];
        var voters = new List<DateTimeOffset>(declared);
        if (visible() is { } v) voters.Add(v);
        DateTimeOffset? best = null;
        var bestVotes = 0;
        // Strongest first, so a tie keeps the stronger source's date.
        foreach (var candidate in declared)
        {
            var votes = voters.Count(x => Day(x) == Day(candidate));
            if (votes > bestVotes) (best, bestVotes) = (candidate, votes);
        }
        return best;
    }

    /// <summary>Whether all the dates fall on one day.</summary>
    internal static bool Agree(List<DateTimeOffset> dates)
    {
        if (dates.Count == 0) return true;
        var first = Day(dates[0]);
        return dates.TrueForAll(d => Day(d) == first);
    }

    private static DateOnly Day(DateTimeOffset d) => DateOnly.FromDateTime(d.DateTime);
}
