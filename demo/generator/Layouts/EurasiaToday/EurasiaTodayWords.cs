namespace Janalyq.Demo.Generator.Layouts;

/// <summary>Евразия сегодня's interface strings in its Russian and English editions.</summary>
internal sealed record EurasiaTodayWords(
    string Brand, string Home, string Updated, string Author, string ReadAlso, string MostRead, string Feed, string Comments,
    string LoginToComment, string Cookie, string CookieOk, string Tags, string Share, string Legal, string Address, string AllNews,
    string Subscribe, string Search)
{
    public static EurasiaTodayWords For(string lang) => lang == "en" ? En : Ru;

    private static readonly EurasiaTodayWords Ru = new(
        "Евразия сегодня", "Главная", "Обновлено:", "Автор:", "Читайте также", "Самое читаемое", "Лента новостей", "Комментарии",
        "Чтобы оставить комментарий, войдите на сайт или зарегистрируйтесь.",
        "Мы используем файлы cookie и рекомендательные технологии. Продолжая пользоваться сайтом, вы соглашаетесь с условиями обработки данных.",
        "Принять", "Теги", "Поделиться",
        "© 2026 МИА «Евразия сегодня». Свидетельство о постановке на учёт информационного агентства № 19876-ИА выдано Министерством культуры и информации Республики Казахстан. Использование материалов допускается при наличии гиперссылки на eurasia-today.kz.",
        "Адрес редакции: 010000, Астана, ул. Сыганак, 18/1, БЦ «Эсиль». Тел.: +7 (7172) 55-10-10. E-mail: news@eurasia-today.kz",
        "Вся лента", "Подписаться на рассылку", "Поиск");

    private static readonly EurasiaTodayWords En = new(
        "Eurasia Today", "Home", "Updated:", "Author:", "Read more", "Most read", "Newsfeed", "Comments",
        "Sign in or create an account to comment.",
        "We use cookies and recommendation technologies. By continuing to use this site you agree to our data processing terms.",
        "Accept", "Tags", "Share",
        "© 2026 Eurasia Today news agency. Registered as a news agency with the Ministry of Culture and Information of the Republic of Kazakhstan, certificate No. 19876-IA. Reproduction is permitted with a hyperlink to eurasia-today.kz.",
        "Newsroom: 18/1 Syganak Street, Esil Business Centre, Astana 010000. Tel.: +7 (7172) 55-10-10. E-mail: news@eurasia-today.kz",
        "All news", "Subscribe to the newsletter", "Search");
}
