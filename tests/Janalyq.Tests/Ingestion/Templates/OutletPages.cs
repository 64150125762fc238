using System.Text;
using Janalyq.Extraction;

namespace Janalyq.Tests.Ingestion.Templates;

/// <summary>Pages of one fictional outlet whose CMS closes every story with the same paragraph.</summary>
internal static class OutletPages
{
    public const string Host = "https://kokshe-news.kz";

    /// <summary>The outlet's standing plea, in the article's own paragraph markup on every page.</summary>
    public const string Plea = "Самые важные новости Кокшетау и области первыми узнавайте в нашем Telegram-канале «Көкше ньюс».";

    public static string Url(int n) => $"{Host}/news/{n}";

    /// <summary>An article of the outlet: three paragraphs of its own, then <paramref name="closing"/> (the plea by default).</summary>
    public static string Html(int n, string? closing = Plea, string? extra = null) => $$"""
        <!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Событие номер {{n}} — Көкше ньюс</title>
        <link rel="canonical" href="{{Url(n)}}"></head>
        <body><nav><a href="/">Главная</a> <a href="/city">Город</a></nav>
        <article><h1>Событие номер {{n}}</h1>
        <p>Первый абзац материала номер {{n}}: в Кокшетау открыли новый участок объездной дороги, о котором городские власти рассказывали весь год.</p>
        <p>Второй абзац материала номер {{n}}: по словам подрядчика, движение по участку станет круглосуточным уже к концу месяца после проверки покрытия.</p>
        {{(extra is null ? "" : $"<p>{extra}</p>")}}
        <p>Третий абзац материала номер {{n}}: водители смогут объезжать центр города, а грузовики перестанут проезжать мимо школ и больниц района.</p>
        {{(closing is null ? "" : $"<p>{closing}</p>")}}
        </article><footer>© Көкше ньюс</footer></body></html>
        """;

    public static RawPage Raw(int n, string? closing = Plea, string? extra = null) =>
        new(Encoding.UTF8.GetBytes(Html(n, closing, extra)), new Uri(Url(n)), "text/html; charset=utf-8", new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(5)));
}
