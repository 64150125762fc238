using Janalyq.Categories;
using Janalyq.News;

namespace Janalyq.Tests.Categories;

/// <summary>The shipped classifier on texts written for these tests (none of them is in training/categories/).</summary>
public sealed class ArticleClassifierTests
{
    private static readonly ArticleClassifier Classifier = ArticleClassifier.Default;

    private static Classification Classify(string title, string text, string? url = null, string? rubric = null, string? rubricCategory = null) =>
        Classifier.Classify(new ClassifierInput(title, text, null, url, rubric, rubricCategory));

    [Theory]
    [InlineData("ru", "politics", "Мажилис одобрил законопроект о выборах акимов районов", "Депутаты поддержали инициативу президента о прямых выборах. Документ направлен в сенат.")]
    [InlineData("ru", "economy", "Нацбанк повысил базовую ставку до 16 процентов", "Решение принято из-за ускорения инфляции и ослабления курса тенге на бирже.")]
    [InlineData("ru", "society", "В школах Алматы введут горячее питание для всех учеников", "Акимат выделит средства из городского бюджета, родители младших школьников платить не будут.")]
    [InlineData("ru", "world", "Переговоры России и Украины в Стамбуле завершились без результата", "Делегации не договорились о прекращении огня, посредники из Турции предложили новый раунд.")]
    [InlineData("ru", "incidents", "На трассе под Таразом столкнулись грузовик и легковой автомобиль", "В результате ДТП погибли два человека, ещё трое госпитализированы.")]
    [InlineData("ru", "sports", "«Кайрат» обыграл «Тобол» и возглавил турнирную таблицу", "Единственный гол в матче чемпионата забил нападающий на 70-й минуте.")]
    [InlineData("ru", "technology", "Samsung выпустит смартфон с батареей на 7000 мАч", "Новинка получит быстрый процессор и камеру на 200 мегапикселей, продажи начнутся летом.")]
    [InlineData("ru", "science", "Астрономы обнаружили планету у соседней звезды", "Исследователи рассчитали, что на поверхности планеты может быть жидкая вода.")]
    [InlineData("ru", "culture", "Новый фильм казахстанского режиссёра выйдет в прокат осенью", "Премьера картины прошла на кинофестивале, главные роли сыграли молодые актёры.")]
    [InlineData("ru", "health", "Минздрав сообщил о росте заболеваемости корью", "Врачи призывают родителей сделать детям прививки, в больницах выделены дополнительные койки.")]
    [InlineData("kk", "politics", "Мәжіліс аудан әкімдерін сайлау туралы заңды мақұлдады", "Депутаттар Президенттің бастамасын қолдады, құжат Сенатқа жіберілді.")]
    [InlineData("kk", "economy", "Ұлттық банк базалық мөлшерлемені 16 пайызға көтерді", "Шешім инфляцияның жеделдеуі мен теңге бағамының әлсіреуіне байланысты қабылданды.")]
    [InlineData("kk", "society", "Алматы мектептерінде барлық оқушыға ыстық тамақ беріледі", "Әкімдік қаражатты қала бюджетінен бөледі, бастауыш сынып оқушыларының ата-аналары төлемейді.")]
    [InlineData("kk", "world", "Ресей мен Украина арасындағы Ыстамбұлдағы келіссөздер нәтижесіз аяқталды", "Делегациялар атысты тоқтату туралы келісе алмады, түркиялық делдалдар жаңа кезең ұсынды.")]
    [InlineData("kk", "incidents", "Тараз маңындағы тас жолда жүк көлігі мен жеңіл көлік соқтығысты", "Жол-көлік оқиғасынан екі адам қаза тауып, тағы үшеуі ауруханаға жеткізілді.")]
    [InlineData("kk", "sports", "«Қайрат» «Тоболды» жеңіп, турнир кестесін бастады", "Чемпионат матчындағы жалғыз голды шабуылшы 70-минутта соқты.")]
    [InlineData("kk", "technology", "Samsung 7000 мАч батареясы бар смартфон шығарады", "Жаңа құрылғы жылдам процессор мен 200 мегапиксельдік камера алады.")]
    [InlineData("kk", "science", "Астрономдар көрші жұлдыздың маңынан планета тапты", "Зерттеушілер планета бетінде сұйық су болуы мүмкін екенін есептеді.")]
    [InlineData("kk", "culture", "Қазақстандық режиссердің жаңа фильмі күзде прокатқа шығады", "Фильмнің премьерасы кинофестивальде өтті, басты рөлдерді жас актерлер сомдады.")]
    [InlineData("kk", "health", "Денсаулық сақтау министрлігі қызылшамен сырқаттанудың өскенін хабарлады", "Дәрігерлер ата-аналарды балаларына екпе салдыруға шақырады.")]
    [InlineData("en", "politics", "Parliament backs bill on direct elections of district governors", "Lawmakers supported the president's initiative, and the bill now goes to the Senate.")]
    [InlineData("en", "economy", "Central bank raises base rate to 16 percent", "The decision follows faster inflation and a weaker tenge on the stock exchange.")]
    [InlineData("en", "society", "All pupils in Almaty schools to get free hot meals", "The city will pay from its budget, and parents of primary school children will not be charged.")]
    [InlineData("en", "world", "Russia and Ukraine talks in Istanbul end without a deal", "The delegations failed to agree on a ceasefire, and Turkish mediators proposed a new round.")]
    [InlineData("en", "incidents", "Lorry and car collide on highway near Taraz", "Two people were killed in the crash and three more were taken to hospital.")]
    [InlineData("en", "sports", "Kairat beat Tobol to go top of the league", "The striker scored the only goal of the match in the 70th minute.")]
    [InlineData("en", "technology", "Samsung to release smartphone with 7,000 mAh battery", "The new phone will have a fast processor and a 200-megapixel camera, with sales starting in summer.")]
    [InlineData("en", "science", "Astronomers discover planet orbiting nearby star", "Researchers calculated that the planet's surface could hold liquid water.")]
    [InlineData("en", "culture", "Kazakh director's new film to open in cinemas this autumn", "The film premiered at a festival, with young actors in the lead roles.")]
    [InlineData("en", "health", "Health ministry reports rise in measles cases", "Doctors urge parents to vaccinate their children, and hospitals have added beds.")]
    public void Each_category_in_each_language(string language, string category, string title, string text)
    {
        var verdict = Classify(title, text);

        Assert.True(verdict.IsNews, $"{language}: {title}");
        Assert.Equal(category, verdict.Category);
        Assert.Equal(ContestCategories.FromSite(category), verdict.ContestCategory);
    }

    [Theory]
    [InlineData("horoscope", "other", "Гороскоп на 3 декабря для всех знаков зодиака", "Овнам стоит быть осторожнее с деньгами, Рыбам звёзды обещают романтическое свидание.")]
    [InlineData("horoscope", "other", "Your horoscope for Thursday", "Leo can expect good news at work, while Pisces should take care of their health.")]
    [InlineData("recipe", "not_news", "Рецепт куырдака из баранины", "Обжарьте мясо с луком в казане, добавьте картофель и тушите 30 минут на медленном огне.")]
    [InlineData("recipe", "not_news", "How to bake a lemon cake", "Mix butter, sugar and eggs, add flour and lemon zest, then bake for 40 minutes.")]
    [InlineData("advert", "other", "Скидка 50 процентов на все кондиционеры", "Только до воскресенья: бесплатная установка и рассрочка на 12 месяцев, звоните.")]
    [InlineData("howto", "not_news", "Как выбрать пылесос для квартиры", "Советы: на что обратить внимание при выборе мощности, фильтра и размера пылесборника.")]
    [InlineData("quiz", "not_news", "Тест: насколько хорошо вы знаете казахские пословицы", "Ответьте на десять вопросов и проверьте себя.")]
    [InlineData("lottery", "other", "Результаты тиража лотереи 6 из 45", "Выигрышные номера: 3, 8, 15, 23, 37, 41. Джекпот переходит на следующий тираж.")]
    [InlineData("tvguide", "not_news", "Телепрограмма на воскресенье", "Расписание эфира всех каналов: утренние мультфильмы, сериалы и вечерний фильм.")]
    [InlineData("quiz", "not_news", "Тест: сіз қай ертегі кейіпкерісіз", "Сұрақтарға жауап беріп, өзіңізді тексеріңіз.")]
    public void Not_news_kinds_are_not_news_and_still_get_a_site_category(string kind, string contest, string title, string text)
    {
        var verdict = Classify(title, text);

        Assert.False(verdict.IsNews, $"{kind}: {title}");
        Assert.Equal(contest, verdict.ContestCategory);
        Assert.True(Category.IsKnown(verdict.Category));
    }

    [Fact]
    public void The_rubric_beats_the_text_when_present()
    {
        const string title = "Мажилис одобрил законопроект о выборах акимов";
        const string text = "Депутаты поддержали инициативу президента. Документ направлен в сенат.";
        Assert.Equal("politics", Classify(title, text).Category);

        Assert.Equal("sports", Classify(title, text, rubric: "Спорт").Category);
        Assert.Equal("sports", Classify(title, text, rubric: "Спорт").ContestCategory);
        Assert.Equal("economy", Classify(title, text, url: "https://kapital.kz/economic/123456/zakon.html").Category);
        Assert.Equal("culture", Classify(title, text, rubricCategory: "culture").Category);
    }

    [Fact]
    public void A_not_news_rubric_makes_it_not_news()
    {
        var verdict = Classify("Что ждёт Скорпионов завтра", "Звёзды советуют не спешить.", url: "https://example.kz/goroskop/2026-12-03");

        Assert.False(verdict.IsNews);
        Assert.Equal("other", verdict.ContestCategory);
    }

    [Theory]
    [InlineData("https://example.kz/sport/football/12345-match.html", "sports")]
    [InlineData("https://example.kz/ru/news/proisshestviya/12345", "incidents")]
    [InlineData("https://sport.example.kz/news/12345", "sports")]
    [InlineData("https://example.com/world/europe/france-election-2026", "world")]
    public void The_url_alone_gives_the_category(string url, string category)
    {
        var verdict = Classify("", "", url: url);

        Assert.Equal(category, verdict.Category);
    }

    [Fact]
    public void An_english_article_without_rubric_or_url_still_gets_a_category()
    {
        var verdict = Classify("A quiet week in the valley", "Residents said little had changed since the spring, and the road to the pass remains open.");

        Assert.True(Category.IsKnown(verdict.Category));
        Assert.Contains(verdict.ContestCategory, ContestCategories.All);
        Assert.InRange(verdict.Confidence, 0, 1);
    }

    [Fact]
    public void An_empty_article_still_gets_a_category()
    {
        var verdict = Classify("", "");

        Assert.True(Category.IsKnown(verdict.Category));
        Assert.Contains(verdict.ContestCategory, ContestCategories.All);
    }

    [Fact]
    public void Every_site_category_is_some_kind_and_every_kind_maps_to_known_categories()
    {
        foreach (var category in Category.All) Assert.Contains(ArticleKind.All, k => k.IsNews && k.SiteCategory == category.Slug);
        foreach (var kind in ArticleKind.All)
        {
            Assert.True(Category.IsKnown(kind.SiteCategory), kind.Name);
            Assert.Contains(kind.ContestCategory, ContestCategories.All);
            if (kind.IsNews) Assert.NotEqual(ContestCategories.NotNews, kind.ContestCategory);
        }
        Assert.Equal(ArticleKind.All.Select(k => k.Name), CategoryModel.Shipped.Labels);
    }
}
