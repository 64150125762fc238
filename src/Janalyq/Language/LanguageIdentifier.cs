namespace Janalyq.Language;

/// <summary>The language of a text (a headline, a sentence, a body), as an ISO 639-1 code.</summary>
public static class LanguageIdentifier
{
    /// <summary>
    /// The language of <paramref name="text"/>; <paramref name="declared"/> (the page's lang attribute or metadata)
    /// is a hint used when the text alone cannot tell, and the answer when the text is too short to say anything.
    /// Null only when the text says nothing and nothing was declared.
    /// </summary>
    public static string? Identify(string text, string? declared = null) => LanguageGuesser.Guess(text, declared);
}
