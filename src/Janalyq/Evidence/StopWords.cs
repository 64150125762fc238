namespace Janalyq.Evidence;

/// <summary>Capitalised words that are no names: function words, pronouns, titles (lowercase, per language).</summary>
internal static class StopWords
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Ru = Lookup(
        "в во на и но а что как это этот эта эти этом по с со к ко у о об от до из за для при он она оно они мы вы я его её ее их " +
        "наш наша ваш же ли не ни да нет так также уже ещё еще все всё весь вся после перед когда где кто который которая " +
        "если то тогда там тут здесь однако поэтому кроме между около более менее при через под над без вместе сейчас " +
        "сегодня вчера завтра теперь именно даже только ранее позже г гг тыс млн млрд им ул пр");
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Kk = Lookup(
        "және мен бен пен да де та те бірақ осы бұл ол олар біз сіз сен оның олардың біздің ал егер сондықтан үшін туралы " +
        "бойынша кейін дейін арқылы сол әрі немесе яғни ия жоқ иә енді қазір бүгін кеше ертең биыл өйткені алайда дегенмен " +
        "сонымен қатар тағы кім не қашан қайда қалай неге");
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> En = Lookup(
        "the a an in on at of for to from by with and or but if as is it its this that these those he she they we you i his " +
        "her their our my your mr mrs ms dr st no not so yet after before when while where what who which how why there " +
        "here than then also all some many most more one two three four five six seven eight nine ten new last next first " +
        "second third former under over about across into during since until against among between according however " +
        "meanwhile although because both each every other such only even still just now today yesterday tomorrow");

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(string words) =>
        new HashSet<string>(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsStopWord(ReadOnlySpan<char> lower, Lang lang) => lang switch
    {
        Lang.Ru => Ru.Contains(lower),
        Lang.Kk => Kk.Contains(lower) || Ru.Contains(lower),
        Lang.En => En.Contains(lower),
        _ => Ru.Contains(lower) || En.Contains(lower),
    };
}
