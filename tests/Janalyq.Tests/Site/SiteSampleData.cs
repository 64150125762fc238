using System.Net;
using Janalyq.Storage;

namespace Janalyq.Tests.Site;

/// <summary>
/// A small fictional news day for the site's tests and for looking at pages: six outlets, four stories,
/// every category, three languages, a republication, and an earlier story the rate cut's "Ранее…" links to. "Now" is
/// <see cref="Now"/>.
/// </summary>
internal static class SiteSampleData
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 15, 0, 0, TimeSpan.FromHours(5));

    public const string WaterDealOriginalUrl = "https://eurasia-today.kz/ru/politics/20261112/syr-darya-water-deal-ru.html";

    private sealed record Row(
        string Source, string Lang, string Category, string Title, string Lead, double HoursAgo, string? Story,
        string? Image, string Caption, string Credit, string? Author = null, string? OriginalUrl = null, string? Url = null);

    private static readonly Row[] Rows =
    [
        new("eurasia-today", "ru", "politics", "Казахстан и Узбекистан подписали соглашение о совместном управлении водами Сырдарьи",
            "Стороны договорились о графике попусков из Шардаринского водохранилища и общей системе учёта воды.", 30, "water",
            "river", "Плотина Шардаринского водохранилища", "Евразия сегодня", "Алия Сейтказиева", Url: WaterDealOriginalUrl),
        new("steppe-times", "en", "politics", "Kazakhstan and Uzbekistan sign Syr Darya water-sharing deal",
            "The agreement sets a release schedule for the Shardara reservoir and a joint metering system.", 26, "water",
            "river", "The Shardara dam on the Syr Darya", "The Steppe Times", "Daniel Brooks"),
        new("ult-aqparat", "kk", "politics", "Сырдария суын бірлесіп басқару туралы келісімге қол қойылды",
            "Тараптар Шардара су қоймасынан су жіберу кестесі мен суды бірлескен есепке алу жүйесі туралы уағдаласты.", 20, "water",
            "river", "Шардара су қоймасының бөгеті", "Ұлт Ақпарат"),
        new("dala-info", "ru", "politics", "Подробности соглашения по Сырдарье: что изменится для фермеров",
            "Что изменится для фермеров Туркестанской и Кызылординской областей после подписания соглашения.", 4, "water",
            "river", "Сырдарья у Кызылорды", "Евразия сегодня", OriginalUrl: WaterDealOriginalUrl),
        new("dala-info", "ru", "politics", "Акимов сельских округов будут выбирать по новым правилам",
            "Поправки в закон о местном самоуправлении расширяют полномочия маслихатов.", 2.5, null,
            "parliament", "Заседание Мажилиса", "Пресс-служба Мажилиса", "Ержан Тулегенов"),
        new("kapital-press", "ru", "economy", "Нацбанк снизил базовую ставку до 13,75%",
            "Регулятор сослался на замедление годовой инфляции и пообещал осторожность в следующих решениях.", 1, "rate",
            "bank", "Здание Национального банка в Алматы", "Капитал Пресс", "Марат Есенов"),
        new("steppe-times", "en", "economy", "National Bank cuts base rate to 13.75%",
            "The regulator pointed to slowing inflation and promised caution at its next meetings.", 0.6, "rate",
            "bank", "The National Bank building in Almaty", "The Steppe Times"),
        new("ult-aqparat", "kk", "economy", "Ұлттық банк базалық мөлшерлемені 13,75%-ға дейін төмендетті",
            "Реттеуші жылдық инфляцияның баяулағанын алға тартты.", 0.4, "rate",
            "bank", "Ұлттық банк ғимараты", "Ұлт Ақпарат"),
        new("kapital-press", "ru", "economy", "Нацбанк сохранил базовую ставку на уровне 14%",
            "Регулятор счёл инфляционные риски высокими и не стал менять ставку.", 26 * 24, "rate-october",
            "bank", "Здание Национального банка в Алматы", "Капитал Пресс"),
        new("eurasia-today", "en", "economy", "Grain exports reach a record for the season",
            "Shipments to Central Asia and China lifted the total above the previous high set three years ago.", 27, null,
            "grain", "A grain elevator near Kostanay", "Eurasia Today"),
        new("vecherniy-gorod", "ru", "society", "На проспекте Абая появятся выделенные полосы для автобусов",
            "Городские власти обещают, что поездка от Сайрана до Достыка станет на 12 минут короче.", 3, null,
            "bus", "Автобус на проспекте Абая", "Вечерний город", "Ольга Ким"),
        new("dala-info", "kk", "society", "Мектептерде тегін ыстық тамақ берілетін сыныптар көбейеді",
            "Жаңа тоқсаннан бастап бастауыш сынып оқушыларының барлығы тегін түскі ас алады.", 22, null,
            null, "", ""),
        new("steppe-times", "en", "world", "Climate summit ends with a pledge on methane",
            "Delegates from 60 countries agreed to cut methane leaks from pipelines by a third before 2035.", 8, null,
            "summit", "Delegates at the closing session", "The Steppe Times", "Hannah Reid"),
        new("dala-info", "ru", "incidents", "На рынке в Алматы сгорели три торговых павильона",
            "Пожар удалось локализовать за полтора часа; пострадавших нет.", 5, "fire",
            "fire", "Пожарные на месте возгорания", "ДЧС Алматы"),
        new("vecherniy-gorod", "ru", "incidents", "Пожар на рынке: торговцы подсчитывают убытки",
            "Владельцы павильонов говорят, что товар не был застрахован.", 3.2, "fire",
            "fire", "Сгоревшие павильоны", "Dala Info", OriginalUrl: "https://dala-info.kz/ru/news/incidents/1900901-market-fire-ru"),
        new("vecherniy-gorod", "ru", "incidents", "Трассу Алматы — Капшагай закрыли из-за снежной бури",
            "Около двухсот автомобилей остановлены на постах; для водителей развернули пункты обогрева.", 28, null,
            "snow", "Снег на трассе", "Вечерний город"),
        new("dala-info", "ru", "sports", "Казахстанский боксёр стал чемпионом мира в первом среднем весе",
            "Бой продлился все двенадцать раундов; судьи единогласно отдали победу нашему спортсмену.", 6, "boxing",
            "boxing", "Момент финального раунда", "Dala Info"),
        new("ult-aqparat", "kk", "sports", "Қазақстандық боксшы әлем чемпионы атанды",
            "Жекпе-жек он екі раундқа созылды; төрешілер бірауыздан жеңісті біздің спортшыға берді.", 5.5, "boxing",
            "boxing", "Финалдық раундтан сәт", "Ұлт Ақпарат"),
        new("steppe-times", "en", "sports", "Kazakh boxer takes world light-middleweight title",
            "A unanimous decision after twelve rounds in Astana.", 5, "boxing",
            "boxing", "The final round", "The Steppe Times"),
        new("ult-aqparat", "kk", "sports", "Конькитебушілер Әлем кубогында екі жүлде алды",
            "Астанадағы кезеңде құрама 500 және 1000 метрге жүгіруде күміс пен қола иеленді.", 50, null,
            "skating", "Мұз айдынындағы сәт", "Ұлт Ақпарат"),
        new("kapital-press", "ru", "technology", "В Астане запустили суперкомпьютер для научных институтов",
            "Производительность машины — 2,3 петафлопса; доступ получат 14 институтов.", 9, null,
            "server", "Стойки вычислительного кластера", "Капитал Пресс"),
        new("steppe-times", "en", "technology", "Astana start-ups bet on Kazakh-language voice assistants",
            "Three companies are training speech models on public radio archives.", 31, null,
            null, "", ""),
        new("eurasia-today", "ru", "science", "Палеонтологи нашли в Карагандинской области скелет динозавра",
            "Находке около 90 миллионов лет; раскопки продолжатся весной.", 7, null,
            "fossil", "Раскопки в степи", "Институт зоологии"),
        new("dala-info", "kk", "science", "Ғалымдар Балқаш көлінің деңгейін спутник арқылы бақылайды",
            "Жаңа әдіс су деңгейін күн сайын өлшеуге мүмкіндік береді.", 33, null,
            "lake", "Балқаш көлі", "Dala Info"),
        new("ult-aqparat", "kk", "culture", "Қазақ фильмі халықаралық кинофестивальдің бас жүлдесін алды",
            "Режиссердің дебюттік фильмі әділқазылардың бірауызды шешімімен таңдалды.", 10, null,
            "film", "Фестиваль сахнасы", "Ұлт Ақпарат"),
        new("vecherniy-gorod", "ru", "culture", "В Алматы открылась выставка к столетию театра",
            "Экспозиция собрала костюмы, афиши и письма актёров двадцатых годов.", 29, null,
            "theatre", "Зал выставки", "Вечерний город"),
        new("dala-info", "ru", "health", "Прививку от гриппа сделали уже 1,2 миллиона казахстанцев",
            "Минздрав продлил кампанию до конца декабря и добавил пункты вакцинации в торговых центрах.", 11, null,
            "clinic", "Пункт вакцинации", "Dala Info", "Сауле Нурланова"),
        new("ult-aqparat", "kk", "health", "Дәрігерлер тұмаудың алдын алу жолдарын түсіндірді",
            "Мамандар қолды жиі жууға және бөлмені желдетуге кеңес береді.", 34, null,
            "clinic", "Емхана", "Ұлт Ақпарат"),
    ];

    private static readonly (string Slug, string Name, string Home, string Lang)[] Outlets =
    [
        ("dala-info", "Dala Info", "https://dala-info.kz/", "ru"),
        ("kapital-press", "Капитал Пресс", "https://kapital-press.kz/", "ru"),
        ("vecherniy-gorod", "Вечерний город", "https://vgorod.kz/", "ru"),
        ("steppe-times", "The Steppe Times", "https://steppetimes.com/", "en"),
        ("ult-aqparat", "Ұлт Ақпарат", "https://ultaqparat.kz/", "kk"),
        ("eurasia-today", "Евразия сегодня", "https://eurasia-today.kz/", "ru"),
    ];

    private static readonly Dictionary<string, string> StoryTitles = new()
    {
        ["water"] = "Соглашение о водах Сырдарьи",
        ["rate"] = "Нацбанк снизил базовую ставку",
        ["fire"] = "Пожар на рынке в Алматы",
        ["boxing"] = "Казахстанский боксёр — чемпион мира",
        ["rate-october"] = "Нацбанк сохранил базовую ставку",
    };

    /// <summary>Titles of the stories in the languages they have (story_titles), as understanding chooses them.</summary>
    private static readonly Dictionary<string, Dictionary<string, string>> LanguageTitles = new()
    {
        ["water"] = new() { ["ru"] = "Соглашение о водах Сырдарьи", ["en"] = "Syr Darya water deal", ["kk"] = "Сырдария суы туралы келісім" },
        ["rate"] = new() { ["ru"] = "Нацбанк снизил базовую ставку", ["en"] = "National Bank cuts its base rate" },
    };

    /// <summary>Fills the repositories; photos point at <paramref name="mediaBase"/>/dev-media/{name}.svg.</summary>
    public static async Task SeedAsync(
        ISourceRepository sources, IArticleRepository articles, IStoryRepository stories,
        string mediaBase, CancellationToken cancellationToken)
    {
        var sourceIds = new Dictionary<string, long>();
        foreach (var (slug, name, home, lang) in Outlets)
        {
            sourceIds[slug] = await sources.SaveAsync(
                new Source { Slug = slug, Name = name, HomeUrl = home, Language = lang }, cancellationToken);
        }

        var storyIds = new Dictionary<string, long>();
        foreach (var (key, title) in StoryTitles)
        {
            var members = Rows.Where(r => r.Story == key).ToList();
            storyIds[key] = await stories.SaveAsync(new Story
            {
                Title = title,
                CategorySlug = members[0].Category,
                FirstPublishedAt = Now.AddHours(-members.Max(r => r.HoursAgo)),
                LastPublishedAt = Now.AddHours(-members.Min(r => r.HoursAgo)),
            }, cancellationToken);
            if (LanguageTitles.TryGetValue(key, out var titles)) await stories.SaveTitlesAsync(storyIds[key], titles, cancellationToken);
        }
        await stories.SaveRelatedAsync(storyIds["rate"], [new EarlierStoryLink(storyIds["rate-october"], 0.8)], cancellationToken);

        int n = 0;
        foreach (var row in Rows)
        {
            n++;
            string url = row.Url ?? $"https://{new Uri(Outlets.First(o => o.Slug == row.Source).Home).Host}/news/{n}";
            var saved = await articles.SaveAsync(new Article
            {
                SourceId = sourceIds[row.Source],
                Url = url,
                CanonicalUrl = url,
                Title = row.Title,
                Lead = row.Lead,
                BodyHtml = Body(row),
                BodyText = row.Lead,
                PublishedAt = Now.AddHours(-row.HoursAgo),
                FetchedAt = Now.AddHours(-row.HoursAgo).AddMinutes(3),
                Author = row.Author,
                ImageUrl = row.Image is null ? null : $"{mediaBase}/dev-media/{row.Image}.svg",
                ImageCaption = row.Image is null ? null : row.Caption,
                ImageCredit = row.Image is null ? null : row.Credit,
                Language = row.Lang,
                CategorySlug = row.Category,
                OriginalUrl = row.OriginalUrl,
                SiteName = Outlets.First(o => o.Slug == row.Source).Name,
                ContentHash = n.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }, cancellationToken);
            if (row.Story is not null) await stories.AssignAsync(saved.Id, storyIds[row.Story], cancellationToken);
        }
    }

    /// <summary>A body shaped like a real article's: paragraphs, a subheading, a quote, a list.</summary>
    private static string Body(Row row)
    {
        string lead = WebUtility.HtmlEncode(row.Lead);
        return row.Lang switch
        {
            "kk" => $"<p>{lead}</p><p>Бұл туралы ведомствоның баспасөз қызметі хабарлады. Мамандардың айтуынша, шешім алдағы айларда кезең-кезеңімен жүзеге асырылады.</p>" +
                    "<h2>Не өзгереді</h2><ul><li>жаңа тәртіп келесі айдан бастап күшіне енеді;</li><li>тұрғындарға қосымша ақпарат жіберіледі.</li></ul>" +
                    "<blockquote><p>Біз барлық ұсыныстарды мұқият қарастырдық, — деді ведомство өкілі.</p></blockquote><p>Толығырақ ақпарат кейінірек жарияланады.</p>",
            "en" => $"<p>{lead}</p><p>Officials said the measures would be rolled out in stages over the coming months, starting with the regions most affected.</p>" +
                    "<h2>What changes</h2><ul><li>the new rules take effect next month;</li><li>residents will be notified by text message.</li></ul>" +
                    "<blockquote><p>We looked at every proposal carefully, a spokesperson said.</p></blockquote><p>Further details are expected later this week.</p>",
            _ => $"<p>{lead}</p><p>Об этом сообщила пресс-служба ведомства. По словам специалистов, решение будет выполняться поэтапно в ближайшие месяцы.</p>" +
                 "<h2>Что изменится</h2><ul><li>новые правила вступят в силу со следующего месяца;</li><li>жителей дополнительно оповестят по SMS.</li></ul>" +
                 "<blockquote><p>Мы внимательно рассмотрели все предложения, — отметил представитель ведомства.</p></blockquote><p>Подробности обещают опубликовать позже.</p>",
        };
    }
}
