using Janalyq.Language;

namespace Janalyq.Tests.Language;

/// <summary>The text's language: script and letters first, Lingua where they leave it open.</summary>
public class LanguageGuesserTests
{
    [Theory]
    [InlineData("Не істеуге болады?", "kk")] // і and ы together: not Russian
    [InlineData("180 отбасы баспаналы болды.", "kk")] // no Kazakh-only letter, a Kazakh word
    [InlineData("Қыс қаһарына мінді.", "kk")] // short, but Kazakh letters
    [InlineData("Президенты двух стран провели переговоры в режиме видеосвязи.", "ru")]
    [InlineData("Президент підписав закон про бюджет на наступний рік.", "uk")]
    [InlineData("The central bank kept its base rate unchanged on Friday.", "en")]
    public void Guesses_the_language_of_short_texts(string text, string expected) => Assert.Equal(expected, LanguageGuesser.Guess(text, null));

    [Fact]
    public void Too_little_text_falls_back_to_the_declared_language() => Assert.Equal("kk", LanguageGuesser.Guess("683.", "kk-KZ"));
}
