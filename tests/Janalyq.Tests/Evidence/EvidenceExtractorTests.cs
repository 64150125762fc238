using Janalyq.Evidence;

namespace Janalyq.Tests.Evidence;

public class EvidenceExtractorTests
{
    private static readonly EvidenceExtractor Extractor = new();

    private static Dictionary<string, EvidenceTerm> Terms(string text, string language, string title = "") =>
        Extractor.Extract(title, text, language).ToDictionary(t => t.Key);

    private static List<string> Keys(string text, string language) => [.. Terms(text, language).Keys];

    [Theory]
    [InlineData("Встреча прошла с министром Тлеубердиевым в столице.", "ru")]
    [InlineData("Об этом сообщили Тлеубердиеву вчера.", "ru")]
    [InlineData("Бұл туралы министр Тілеубердиевтің баспасөз қызметі хабарлады.", "kk")]
    [InlineData("The statement by Tleuberdiyev was published on Monday.", "en")]
    [InlineData("Minister Tleuberdiev's office said so.", "en")]
    public void An_inflected_name_reaches_its_transliteration_key(string text, string language) =>
        Assert.Contains("e:tlbrdv", Keys(text, language));

    [Theory]
    [InlineData("Вице-министр встретился с Ергалиевым и Ергалиевой.", "ru")]
    [InlineData("Делегацию возглавил вице-министр Канат Ергалиев.", "ru")]
    [InlineData("Делегация басшысы Қанат Ерғалиевтің айтуынша, келісім маңызды.", "kk")]
    [InlineData("It was led by deputy minister Kanat Yergaliyev.", "en")]
    public void A_name_outside_the_gazetteer_is_keyed_the_same_in_each_language(string text, string language) =>
        Assert.Contains("e:_rglv", Keys(text, language));

    [Theory]
    [InlineData("Форум прошёл в Шымкенте и Астане, делегаты прибыли из Узбекистана.", "ru")]
    [InlineData("Форум Шымкентте өтті, делегаттар Астанаға келіп, Өзбекстанмен келісті.", "kk")]
    [InlineData("The forum was held in Shymkent; delegates came to Astana from Uzbekistan.", "en")]
    public void Gazetteer_places_are_found_in_their_inflected_forms(string text, string language)
    {
        var keys = Keys(text, language).ToList();
        Assert.Contains("e:shymkent", keys);
        Assert.Contains("e:astana", keys);
        Assert.Contains("e:uzbekistan", keys);
    }

    [Theory]
    [InlineData("Законопроект поддержали в Мажилисе, затем его одобрил Сенат.", "ru")]
    [InlineData("Заң жобасын Мәжіліс қолдады, кейін оны Сенат мақұлдады.", "kk")]
    [InlineData("The bill passed the Mazhilis and was then approved by the Senate.", "en")]
    public void Parliament_is_one_key_in_three_languages(string text, string language)
    {
        var keys = Keys(text, language).ToList();
        Assert.Contains("e:mazhilis", keys);
        Assert.Contains("e:senate", keys);
        Assert.Contains("c:law", keys);
    }

    [Theory]
    [InlineData("Решение принял Национальный банк.", "ru")]
    [InlineData("Об этом сообщил Нацбанк.", "ru")]
    [InlineData("Шешімді Ұлттық банк қабылдады.", "kk")]
    [InlineData("The decision was taken by the National Bank of Kazakhstan.", "en")]
    public void The_national_bank_is_one_key(string text, string language) =>
        Assert.Contains("e:nationalbank", Keys(text, language));

    [Theory]
    [InlineData("Рост составил 35% за год.", "ru")]
    [InlineData("Рост составил 35 процентов за год.", "ru")]
    [InlineData("Өсім бір жылда 35 пайызға жетті.", "kk")]
    [InlineData("Growth reached 35 percent in a year.", "en")]
    [InlineData("Growth reached 35 per cent in a year.", "en")]
    public void Percentages_share_one_key(string text, string language) =>
        Assert.Contains("n:35%", Keys(text, language));

    [Theory]
    [InlineData("Экспорт составил 1,2 млн тонн зерна.", "ru")]
    [InlineData("Экспорт составил 1,2 миллиона тонн зерна.", "ru")]
    [InlineData("Экспорт 1,2 млн тонна астыққа жетті.", "kk")]
    [InlineData("Exports reached 1.2 million tonnes of grain.", "en")]
    [InlineData("Exports reached 1,200,000 tonnes of grain.", "en")]
    [InlineData("Экспорт составил 1 200 000 тонн зерна.", "ru")]
    public void Quantities_with_scale_and_unit_share_one_key(string text, string language) =>
        Assert.Contains("n:1.2E+06:t", Keys(text, language));

    [Theory]
    [InlineData("Поставки до 500 млн кВт·ч электроэнергии.", "ru")]
    [InlineData("500 миллион киловатт-сағатқа дейін электр энергиясы.", "kk")]
    [InlineData("Up to 500 million kilowatt-hours of electricity.", "en")]
    public void Energy_quantities_share_one_key(string text, string language) =>
        Assert.Contains("n:5E+08:kwh", Keys(text, language));

    [Theory]
    [InlineData("Заседание пройдёт 3 декабря в столице.", "ru")]
    [InlineData("Отырыс 3 желтоқсанда өтеді.", "kk")]
    [InlineData("The session will be held on December 3 in the capital.", "en")]
    [InlineData("The session will be held on 3 December in the capital.", "en")]
    [InlineData("The session will be held on December 3rd in the capital.", "en")]
    [InlineData("Заседание назначено на 03.12.2026.", "ru")]
    public void Dates_share_one_key(string text, string language) =>
        Assert.Contains("n:12-03", Keys(text, language));

    [Theory]
    [InlineData("Следующее заседание запланировано на март 2027 года.", "ru")]
    [InlineData("Келесі отырыс 2027 жылғы наурызда өтеді.", "kk")]
    [InlineData("The next meeting is due in March 2027.", "en")]
    public void A_month_of_a_year_has_its_key_and_the_year_its_own(string text, string language)
    {
        var keys = Keys(text, language).ToList();
        Assert.Contains("n:2027-03", keys);
        Assert.Contains("n:y2027", keys);
    }

    [Fact]
    public void Trivial_numbers_and_clock_times_are_skipped()
    {
        var keys = Keys("В 16:20 два автобуса и 3 машины стояли у дома 5.", "ru").ToList();
        Assert.DoesNotContain(keys, k => k.StartsWith("n:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Вакцинация от гриппа началась в поликлиниках.", "ru")]
    [InlineData("Тұмауға қарсы вакцинация емханаларда басталды.", "kk")]
    [InlineData("Flu vaccination has started at clinics.", "en")]
    public void Lexicon_concepts_are_found_in_each_language(string text, string language)
    {
        var keys = Keys(text, language).ToList();
        Assert.Contains("c:vaccination", keys);
        Assert.Contains("c:influenza", keys);
        Assert.Contains("c:clinic", keys);
    }

    [Theory]
    [InlineData("Из-за паводка эвакуировали жителей сёл.", "ru")]
    [InlineData("Су тасқынына байланысты ауыл тұрғындары эвакуацияланды.", "kk")]
    [InlineData("Villagers were evacuated because of the flooding.", "en")]
    public void Inflected_words_reach_their_concept(string text, string language)
    {
        var keys = Keys(text, language).ToList();
        Assert.Contains("c:flood", keys);
        Assert.Contains("c:evacuation", keys);
    }

    [Fact]
    public void A_word_that_only_begins_like_a_lemma_is_not_it()
    {
        Assert.DoesNotContain("c:water", Keys("Водитель автобуса не пострадал.", "ru"));
        Assert.DoesNotContain("c:water", Keys("Суретші көрмесі ашылды.", "kk"));
    }

    [Fact]
    public void Headline_terms_weigh_more_than_body_terms()
    {
        var inTitle = Terms("Делегация прибыла вчера.", "ru", title: "Визит в Ташкент");
        var inBody = Terms("Делегация прибыла в Ташкент вчера.", "ru");
        Assert.Equal(inBody["e:tashkent"].Weight * EvidenceWeights.Headline, inTitle["e:tashkent"].Weight);
    }

    [Fact]
    public void Entities_and_numbers_weigh_more_than_common_concepts()
    {
        var terms = Terms("Правительство Казахстана сообщило, что в Ташкенте подписано соглашение на 4,2 млрд кубометров воды.", "ru");
        Assert.True(terms["e:tashkent"].Weight > terms["c:agreement"].Weight);
        Assert.True(terms["n:4.2E+09:m3"].Weight > terms["c:agreement"].Weight);
        Assert.True(terms["c:agreement"].Weight > terms["c:government"].Weight);
    }

    [Fact]
    public void A_capitalised_word_at_a_sentence_start_is_a_name_only_when_also_seen_inside_a_sentence()
    {
        Assert.DoesNotContain("e:bkmhnv", Keys("Бекмуханов выступил первым. Затем слово взял заместитель.", "ru"));
        var keys = Keys("Бекмуханов выступил первым. Затем слово взял не Бекмуханов, а его заместитель.", "ru").ToList();
        Assert.Contains("e:bkmhnv", keys);
    }

    [Fact]
    public void Each_key_appears_once()
    {
        var terms = Extractor.Extract("Ташкент", "Ташкент, Ташкент и снова Ташкент. Делегация в Ташкенте.", "ru");
        Assert.Single(terms, t => t.Key == "e:tashkent");
    }

    [Fact]
    public void Other_languages_get_names_and_numbers_but_no_concepts()
    {
        var terms = Extractor.Extract("", "Вода в Шымкенте подорожала на 35% с 3 декабря.", "uk");
        Assert.DoesNotContain(terms, t => t.Kind == EvidenceKind.Concept);
        Assert.Contains(terms, t => t.Key == "e:shymkent");
        Assert.Contains(terms, t => t.Key == "n:35%");
    }

    [Fact]
    public void Empty_text_gives_no_terms() => Assert.Empty(Extractor.Extract("", "", "ru"));

    [Fact]
    public void Concurrent_calls_give_the_results_of_sequential_ones()
    {
        var texts = DemoArticles.Load();
        var expected = texts.Select(a => Extractor.Extract(a.Title, a.Text, a.Language).OrderBy(t => t.Key, StringComparer.Ordinal).ToList()).ToList();
        var actual = new List<EvidenceTerm>[texts.Count];
        Parallel.For(0, texts.Count * 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var a = texts[i % texts.Count];
            actual[i % texts.Count] = Extractor.Extract(a.Title, a.Text, a.Language).OrderBy(t => t.Key, StringComparer.Ordinal).ToList();
        });
        for (var i = 0; i < texts.Count; i++) Assert.Equal(expected[i], actual[i]);
    }

    [Fact]
    public void AddEvidence_registers_one_shared_extractor()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection().AddEvidence();
        using var provider = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services);
        var a = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<IEvidenceExtractor>(provider);
        var b = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<IEvidenceExtractor>(provider);
        Assert.Same(a, b);
        Assert.IsType<EvidenceExtractor>(a);
    }
}
