namespace Janalyq.Categories;

/// <summary>
/// The default rubric words: the names outlets in ru, kk and en give their sections, as written in breadcrumbs and
/// feeds and as transliterated in URLs (politika, obshchestvo, proisshestviya). Keys are matched at the start of a
/// rubric's words; keys of three letters or fewer only as whole words.
/// </summary>
internal static class RubricDefaults
{
    private static readonly (string Target, string[] Words)[] Defaults =
    [
        ("politics", ["polit", "полит", "саяса", "саясат", "власт", "vlast", "parliament", "парламент", "election", "выбор", "vybor", "сайлау",
            "мажилис", "мәжіліс", "сенат", "senate", "government", "правительств", "үкімет", "akorda", "акорда"]),
        ("economy", ["econom", "эконом", "ekonom", "business", "бизнес", "biznes", "бизнес", "финанс", "financ", "finans", "market", "рынок",
            "rynok", "қаржы", "money", "деньги", "dengi", "kapital", "агро", "agro", "energy", "энергет", "energet", "нефт", "neft",
            "недвижим", "nedvizh", "realty", "real-estate", "банк", "bank", "инвест", "invest", "экономика", "өнеркәсіп", "industry"]),
        ("society", ["societ", "обществ", "obshch", "obsch", "қоғам", "social", "социал", "город", "gorod", "city", "қала", "образован",
            "obrazov", "education", "білім", "регион", "region", "аймақ", "локал", "local", "life", "жизнь", "zhizn", "weather", "погод",
            "pogod", "ауа-райы", "транспорт", "transport", "экология", "ecolog", "ekolog", "religion", "религ", "дін", "law", "право", "закон"]),
        ("world", ["world", "мир", "мире", "v-mire", "әлем", "international", "междунар", "mezhdunar", "global", "зарубеж", "zarubezh",
            "шетел", "foreign", "abroad", "snd", "снг", "europe", "европ", "asia", "азия", "usa", "сша", "china", "китай", "россия", "russia"]),
        ("incidents", ["incident", "происшеств", "proissh", "proisshestv", "оқиға", "crime", "криминал", "kriminal", "accident", "авари",
            "avari", "emergenc", "чп", "chp", "төтенше", "дтп", "dtp", "суд", "court", "полиция", "police", "пожар"]),
        ("sports", ["sport", "спорт", "football", "футбол", "futbol", "hockey", "хоккей", "hokkei", "tennis", "теннис", "бокс", "boxing",
            "box", "esport", "киберспорт", "olymp", "олимп", "mma", "ufc", "fifa", "uefa", "nba", "nhl", "khl", "кхл", "f1", "формула"]),
        ("technology", ["tech", "технол", "tehnol", "tekhnol", "технология", "it", "ит", "digital", "цифр", "tsifr", "гаджет", "gadget",
            "innovation", "инновац", "internet", "интернет", "software", "софт", "hi-tech", "hitech", "auto", "авто", "avto", "cars",
            "mobile", "мобил", "telecom", "телеком", "кибер", "cyber", "ai", "ии", "space", "космос", "kosmos", "ғарыш"]),
        ("science", ["scien", "наук", "nauk", "ғылым", "research", "исследов", "issled", "nauka", "discover", "открыти"]),
        ("culture", ["cultur", "культур", "kultur", "мәдени", "arts", "art", "искусств", "iskusstv", "өнер", "cinema", "кино", "kino", "film",
            "movie", "entertain", "шоу", "show", "showbiz", "шоубиз", "music", "музык", "muzyk", "звезд", "zvezd", "celebr", "stars",
            "знаменит", "theatre", "theater", "театр", "teatr", "книг", "books", "book", "literat", "литерат", "games", "игры", "igry",
            "gaming", "lifestyle", "стиль", "style", "мода", "fashion", "travel", "туризм", "turizm", "food", "еда", "eda"]),
        ("health", ["health", "здоров", "zdorov", "здравоохр", "zdravookhr", "денсаулық", "medic", "медиц", "medits", "covid", "ковид",
            "koronavirus", "коронавирус", "coronavirus", "pandem", "пандем", "medicine"]),
        ("not_news", ["goroskop", "гороскоп", "horoscope", "astrolog", "астролог", "жұлдызнама", "recipe", "recept", "рецепт", "retsept",
            "рецепты", "cooking", "кулинар", "kulinar", "реклама", "reklama", "advert", "sponsored", "partner", "партнер", "промо",
            "promo", "лото", "loto", "lotto", "lottery", "лотере", "loterei", "quiz", "тест", "test", "викторин", "viktorin",
            "telprogramma", "телепрограмм", "tv-guide", "tvguide", "tv-program", "программа-передач", "how-to", "howto", "лайфхак", "lifehack",
            "sovety", "советы", "tips", "blog", "блог", "opinion", "мнение", "mnenie", "колонк", "kolonk", "column", "istoriya",
            "history", "история", "anekdot", "анекдот"]),
    ];

    public static Dictionary<string, string> Create()
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (target, words) in Defaults)
        {
            foreach (var word in words) map.TryAdd(word, target);
        }
        return map;
    }
}
