namespace Janalyq.Stories;

/// <summary>Function words of Russian, Kazakh and English that say nothing about an event (compared as stems: cut like the terms).</summary>
internal static class StopWords
{
    private static readonly HashSet<string> Words = new(
        ("the and for that with was were are this from have has not but which their they been will would its his her she him " +
         "who said says also after over than into about more other some when what there all one two new out can may could " +
         "это как что так для при его ее она они был была были быть или уже еще также этот эта эти все всех его них над под " +
         "чем где если только может после более менее около между через против однако кроме году года лет был также " +
         "сообщил сказал заявил отметил словам сегодня время тоже будет будут есть нет который которые которая которое " +
         "және бұл осы мен деп деді үшін бар жоқ оның олар біз сіз еді болды болып бойынша туралы кейін арқылы тағы сондай " +
         "жыл жылы жылғы ретінде қазір тек")
        .Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length > StoryTerms.StemLength ? w[..StoryTerms.StemLength] : w),
        StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> word) => Lookup.Contains(word);
}
