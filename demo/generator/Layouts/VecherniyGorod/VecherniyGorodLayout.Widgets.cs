using System.Text;
using Janalyq.Demo.Generator.Boilerplate;
using Janalyq.Demo.Generator.Pages;

namespace Janalyq.Demo.Generator.Layouts;

/// <summary>Вечерний город's widgets below the article: partner news, photo reports and the weekly poll.</summary>
internal sealed partial class VecherniyGorodLayout
{
    private static void Widgets(StringBuilder sb, Page page)
    {
        sb.Line("<div class=\"partners\"><div class=\"block-title\">Новости партнёров</div><table class=\"partners-grid\" cellpadding=\"0\" cellspacing=\"6\"><tr>");
        var partners = Stable.Pick(Headlines.For("ru"), page.Seed >> 9, 8);
        for (var i = 0; i < partners.Count; i++)
        {
            var host = PartnerHosts[i % PartnerHosts.Length];
            var slug = Translit.Slug(partners[i].Title, 5);
            sb.Line($"<td width=\"25%\" valign=\"top\"><a href=\"https://{host}/news/{slug}/?utm_source=vgorod&amp;utm_medium=partners\" target=\"_blank\" rel=\"nofollow\"><img src=\"https://vgorod.kz/upload/partners/{slug[..Math.Min(12, slug.Length)]}.jpg\" width=\"160\" height=\"100\" alt=\"\" border=\"0\" /><br />{Html.Text(partners[i].Title)}</a><br /><span class=\"p-host\">{host}</span></td>");
            if (i == 3) sb.Line("</tr><tr>");
        }
        sb.Line("</tr></table></div>");

        sb.Line("<div class=\"fotoreport\"><div class=\"block-title\">Фоторепортажи</div><ul>");
        foreach (var (title, count) in PhotoReports)
            sb.Line($"<li><a href=\"/foto/{Translit.Slug(title)}/\"><img src=\"https://vgorod.kz/upload/foto/{Translit.Slug(title, 3)}_thumb.jpg\" width=\"150\" height=\"100\" alt=\"{title}\" border=\"0\" /></a><br /><a href=\"/foto/{Translit.Slug(title)}/\">{title}</a> <span class=\"cnt\">({count} фото)</span></li>");
        sb.Line("</ul></div>");

        var poll = Polls[(int)(page.Seed % (uint)Polls.Length)];
        sb.Line($"<div class=\"opros\"><div class=\"block-title\">Опрос недели</div><form action=\"/poll/vote/\" method=\"post\"><p><b>{poll.Question}</b></p>");
        for (var i = 0; i < poll.Answers.Length; i++)
            sb.Line($"<label><input type=\"radio\" name=\"answer\" value=\"{i + 1}\" /> {poll.Answers[i]}</label><br />");
        sb.Line("<input type=\"submit\" value=\"Голосовать\" /> <a href=\"/poll/results/\">Результаты</a></form></div>");
    }

    private static readonly string[] PartnerHosts = ["gorod-info.kz", "alma-news.kz", "kazpravda-digest.kz", "vsenovosti.kz", "stepnoy-vestnik.kz", "medeu-post.kz"];

    private static readonly (string Title, int Count)[] PhotoReports =
    [
        ("Первый снег в горах Заилийского Алатау", 24),
        ("Ярмарка выходного дня на Восточном кольце", 18),
        ("Как выглядит обновлённая площадь у Театра оперы и балета", 31),
        ("Городской марафон: лучшие кадры забега", 42),
    ];

    private static readonly (string Question, string[] Answers)[] Polls =
    [
        ("Как вы добираетесь на работу?", ["На автобусе", "На метро", "На своей машине", "На такси", "Пешком или на велосипеде"]),
        ("Нужно ли в Алматы больше выделенных полос?", ["Да, обязательно", "Только на главных улицах", "Нет, и так тесно", "Затрудняюсь ответить"]),
        ("Где вы проведёте новогодние праздники?", ["Дома в Алматы", "Поеду к родственникам", "В горах", "За границей"]),
    ];
}
