using Janalyq.Evidence;

namespace Janalyq.Tests.Evidence;

public class TransliterationTests
{
    [Theory]
    [InlineData("Тлеубердиев", "Тілеубердиев", "Tleuberdiyev", "Tleuberdiev")]
    [InlineData("Токаев", "Тоқаев", "Tokayev", "Tokaev")]
    [InlineData("Шымкент", "Шымкент", "Shymkent", "Shymkent")]
    [InlineData("Алматы", "Алма-Ата", "Almaty", "Alma-Ata")]
    [InlineData("Ергалиев", "Ерғалиев", "Yergaliyev", "Ergaliev")]
    [InlineData("Жаксылыков", "Жақсылықов", "Zhaksylykov", "Jaksylykov")]
    [InlineData("Назарбаев", "Назарбаев", "Nazarbayev", "Nazarbaev")]
    [InlineData("Щербаков", "Щербаков", "Shcherbakov", "Sherbakov")]
    [InlineData("Цой", "Цой", "Tsoi", "Tsoy")]
    [InlineData("Хасенов", "Хасенов", "Khasenov", "Hasenov")]
    [InlineData("Джаксыбеков", "Жақсыбеков", "Dzhaksybekov", "Zhaksybekov")]
    [InlineData("Ташкент", "Ташкент", "Tashkent", "Tashkent")]
    [InlineData("Кокбулак", "Көкбұлақ", "Kokbulak", "Kokbulaq")]
    [InlineData("Шухрат", "Шұхрат", "Shukhrat", "Shuhrat")]
    public void Spellings_of_one_name_share_one_key(string ru, string kk, string en, string enOther)
    {
        var key = Transliteration.Skeleton(ru);
        Assert.Equal(key, Transliteration.Skeleton(kk));
        Assert.Equal(key, Transliteration.Skeleton(en));
        Assert.Equal(key, Transliteration.Skeleton(enOther));
    }

    [Theory]
    [InlineData("Тлеубердиев", "tlbrdv")]
    [InlineData("Алматы", "_lmt")]
    [InlineData("Шымкент", "xmknt")]
    [InlineData("Токаев", "tkv")]
    public void The_key_is_the_consonant_skeleton_with_a_mark_for_an_initial_vowel(string name, string key) =>
        Assert.Equal(key, Transliteration.Skeleton(name));

    [Theory]
    [InlineData("Назарбаев", "Назаров")]
    [InlineData("Иванов", "Ибраев")]
    [InlineData("Ергалиев", "Рогалев")]
    [InlineData("Астана", "Стана")]
    public void Different_names_keep_different_keys(string a, string b) =>
        Assert.NotEqual(Transliteration.Skeleton(a), Transliteration.Skeleton(b));
}
