namespace Janalyq.Demo.Generator.Boilerplate;

/// <summary>Generic reader comments (they fit any story) for the outlets that show a comment thread.</summary>
internal static class Comments
{
    public static IReadOnlyList<(string Name, string Text)> For(string lang) => lang switch
    {
        "kk" => Kk,
        "en" => En,
        _ => Ru,
    };

    private static readonly (string, string)[] Ru =
    [
        ("Алексей_К", "Посмотрим, как это будет работать на деле. Обещаний было много."),
        ("Гульнара", "Наконец-то! Давно пора было этим заняться."),
        ("almaty_resident", "А про наш район опять ничего не сказано. Кто-нибудь знает подробности?"),
        ("Сергей", "Спасибо за подробный материал, всё по делу."),
        ("Марат Б.", "Интересно, сколько это будет стоить простым людям."),
        ("Наталья", "Хорошая новость, но хотелось бы услышать мнение специалистов."),
        ("Ерлан", "Читаю уже третий материал на эту тему, в этом больше всего фактов."),
        ("гость", "Всё как всегда: сначала сделают, потом будут думать."),
        ("Ирина В.", "Дайте ссылку на сам документ, пожалуйста."),
        ("Данияр", "Согласен с предыдущим комментарием."),
    ];

    private static readonly (string, string)[] Kk =
    [
        ("Айгерім", "Өте жақсы жаңалық, нәтижесін күтеміз."),
        ("Ерболат", "Іс жүзінде қалай болатынын көреміз."),
        ("Мадина", "Толық ақпарат бергендеріңізге рақмет."),
        ("Нұржан", "Біздің ауданға да осындай шешім керек."),
        ("қонақ", "Бұл туралы бұрын да айтылған еді ғой."),
        ("Сәуле", "Мамандардың пікірін де білгім келеді."),
    ];

    private static readonly (string, string)[] En =
    [
        ("Daniyar A.", "Good to see this covered in detail. The numbers speak for themselves."),
        ("M. Petrova", "I'd like to see the full document before judging."),
        ("steppe_reader", "We heard similar promises last year. Let's wait and see."),
        ("Aliya", "Finally some clarity on this."),
        ("J. Morgan", "Useful context, thanks. Any word on the timeline?"),
        ("Timur", "Agree with the comment above."),
    ];
}
