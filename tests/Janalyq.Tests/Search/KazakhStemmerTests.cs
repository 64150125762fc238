using Janalyq.Search.Analysis;

namespace Janalyq.Tests.Search;

/// <summary>Real Kazakh word forms (most from the demo corpus's Kazakh articles) and the stem each must come to.</summary>
public sealed class KazakhStemmerTests
{
    [Theory]
    // Cases, with the consonant variants of their first letter.
    [InlineData("өзбекстанмен", "өзбекстан")]      // instrumental after н: -мен
    [InlineData("суперкомпьютерді", "суперкомпьютер")] // accusative after р: -ді
    [InlineData("балалардың", "бала")]               // plural + genitive
    [InlineData("қазақстанның", "қазақстан")]
    [InlineData("қазақстанға", "қазақстан")]
    [InlineData("қазақстанда", "қазақстан")]
    [InlineData("қазақстан", "қазақстан")]          // -стан is the stem's, not an ablative -тан
    [InlineData("тілеубердиевтің", "тілеубердиев")]  // genitive after a voiceless consonant: -тің
    [InlineData("тілеубердиев", "тілеубердиев")]
    [InlineData("жылдың", "жыл")]
    [InlineData("жылғы", "жыл")]                     // adjectival -ғы
    [InlineData("жылға", "жыл")]
    [InlineData("жылдан", "жыл")]
    [InlineData("алматыда", "алмат")]               // the stem is cut the same way in every form
    [InlineData("алматыдағы", "алмат")]
    [InlineData("алматы", "алмат")]
    [InlineData("астанада", "астана")]
    [InlineData("астанадағы", "астана")]
    [InlineData("астана", "астана")]                // -на only after a possessive ы/і
    [InlineData("мектепке", "мектеп")]               // dative after п: -ке
    [InlineData("мектептен", "мектеп")]              // ablative after п: -тен
    [InlineData("мектеп", "мектеп")]
    [InlineData("теңгеден", "тең")]                  // a base that ends like a dative stems as its inflections
    [InlineData("теңге", "тең")]
    [InlineData("теңгеге", "тең")]
    [InlineData("шақырымнан", "шақырым")]            // ablative after м: -нан
    [InlineData("шақырымға", "шақырым")]
    [InlineData("қарашада", "қараша")]
    [InlineData("қарашадан", "қараша")]
    [InlineData("қараша", "қараша")]
    [InlineData("астықты", "астық")]                 // accusative after қ: -ты
    [InlineData("тоннаға", "тонна")]
    [InlineData("метрге", "метр")]
    [InlineData("көлікке", "көлік")]
    [InlineData("көлік", "көлік")]
    // Possessives, with their н-form cases, and the voicing of к/қ before a vowel.
    [InlineData("министрлігінің", "министрлік")]
    [InlineData("министрлігі", "министрлік")]
    [InlineData("министрлік", "министрлік")]
    [InlineData("бөлігі", "бөлік")]
    [InlineData("суперкомпьютері", "суперкомпьютер")]
    [InlineData("айында", "ай")]
    [InlineData("басқармасының", "басқарма")]
    [InlineData("елімізде", "ел")]                   // our + locative
    // Plurals, with their consonant variants.
    [InlineData("балалар", "бала")]
    [InlineData("құтқарушылар", "құтқаруш")]         // -ы after a consonant reads as a possessive, in every form
    [InlineData("жанкүйерлердің", "жанкүйер")]
    [InlineData("жолақтар", "жолақ")]                // -тар after қ
    [InlineData("адамдар", "адам")]                  // -дар after м
    [InlineData("ғалымдар", "ғалым")]
    [InlineData("ғалымдардың", "ғалым")]
    [InlineData("оқушылары", "оқуш")]                // plural + possessive
    [InlineData("оқушыларының", "оқуш")]
    [InlineData("оқушы", "оқуш")]
    [InlineData("әйелдер", "әйел")]                  // -дер after л
    // Predicative.
    [InlineData("студентпін", "студент")]
    [InlineData("қазақпыз", "қазақ")]
    [InlineData("мұғаліммін", "мұғалім")]
    public void Strips_the_longest_valid_chain(string word, string stem) => Assert.Equal(stem, KazakhStemmer.Stem(word));

    /// <summary>Where the reading of an ending is ambiguous (облыс + ы, or облы + сы), every form still meets at one stem.</summary>
    [Theory]
    [InlineData("облысы облысында облысының")]
    [InlineData("қаласы қаласында қаласының")]
    [InlineData("қала қалада қалаға қаланың қалалар")]
    [InlineData("теңге теңгеден теңгеге теңгенің")]
    [InlineData("адам адамдар адамның адамдардың")]
    [InlineData("жарыс жарыста жарысқа жарыстың")]
    public void Forms_of_one_word_share_a_stem(string forms) =>
        Assert.Single(forms.Split(' ').Select(KazakhStemmer.Stem).Distinct());

    [Theory]
    [InlineData("ел")]           // at the minimum length already
    [InlineData("су")]
    [InlineData("ата")]          // -та only after a voiceless consonant
    [InlineData("ана")]          // -на only after a possessive
    [InlineData("iphone")]       // not Cyrillic
    [InlineData("2026")]
    [InlineData("covid19")]
    public void Leaves_what_is_no_inflection(string word) => Assert.Equal(word, KazakhStemmer.Stem(word));

    [Fact]
    public void Never_goes_below_the_minimum_stem()
    {
        foreach (var word in new[] { "оны", "оған", "одан", "мен", "бен", "дар", "лар" })
            Assert.True(KazakhStemmer.Stem(word).Length >= Math.Min(word.Length, KazakhStemmer.MinimumStem), word);
    }

    [Theory]
    [InlineData("балалерді", "балалер")]   // a front plural after a back stem is no Kazakh plural: it stays
    [InlineData("мектепта", "мектепта")]   // a back locative after a front stem
    public void Respects_vowel_harmony(string word, string stem) => Assert.Equal(stem, KazakhStemmer.Stem(word));
}
