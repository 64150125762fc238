namespace Janalyq.Demo.Generator.Layouts;

/// <summary>Dala Info's interface strings in its two site versions (/ru/ and /kz/).</summary>
internal sealed record DalaInfoWords(
    string Version, string Actual, string AllCategories, string Home, string News, string Published, string Updated,
    string Author, string Photo, string Original, string ReadAlso, string Latest, string Popular,
    string Tags, string Share, string Search, string Telegram, string Related, string Footer, string Rights, string Address,
    string Advertising, string About, string Contacts, string Rules, string Age, string More, string Currency)
{
    public static DalaInfoWords For(string lang) => lang == "kk" ? Kk : Ru;

    private static readonly DalaInfoWords Ru = new(
        "Версия сайта", "Актуальное", "Все категории", "Главная", "Новости", "Опубликовано:", "Обновлено:",
        "Автор:", "Фото:", "Оригинал статьи:", "Читайте также:", "Последние новости", "Популярное",
        "Теги:", "Поделиться:", "Поиск по сайту", "Подписывайтесь на Telegram-канал Dala Info — главные новости за день без лишнего шума",
        "Новости по теме",
        "Сетевое издание dala-info.kz. Свидетельство о постановке на учёт сетевого издания № 16721-СИ выдано Министерством информации и общественного развития Республики Казахстан.",
        "При полном или частичном использовании материалов ссылка на dala-info.kz обязательна. Все права защищены.",
        "Алматы, проспект Абая, 68/74, офис 512. Телефон редакции: +7 (727) 355-40-40",
        "Реклама на сайте", "О проекте", "Контакты", "Правила комментирования", "Материалы сайта предназначены для лиц 16 лет и старше.",
        "Ещё", "Курсы валют");

    private static readonly DalaInfoWords Kk = new(
        "Сайт нұсқасы", "Өзекті", "Барлық санаттар", "Басты бет", "Жаңалықтар", "Жарияланды:", "Жаңартылды:",
        "Автор:", "Сурет:", "Түпнұсқа:", "Тағы оқыңыз:", "Соңғы жаңалықтар", "Көп оқылған",
        "Тегтер:", "Бөлісу:", "Сайттан іздеу", "Dala Info Telegram-арнасына жазылыңыз — күннің басты жаңалықтары бір жерде",
        "Тақырып бойынша",
        "dala-info.kz желілік басылымы. Желілік басылымды есепке қою туралы № 16721-СИ куәлікті Қазақстан Республикасы Ақпарат және қоғамдық даму министрлігі берген.",
        "Материалдарды толық немесе ішінара пайдаланған жағдайда dala-info.kz сайтына сілтеме беру міндетті. Барлық құқықтар қорғалған.",
        "Алматы, Абай даңғылы, 68/74, 512-кеңсе. Редакция телефоны: +7 (727) 355-40-40",
        "Сайттағы жарнама", "Жоба туралы", "Байланыс", "Пікір қалдыру ережесі", "Сайт материалдары 16 жастан асқан оқырмандарға арналған.",
        "Тағы", "Валюта бағамы");
}
