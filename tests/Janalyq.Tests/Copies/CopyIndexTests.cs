using Janalyq.Copies;

namespace Janalyq.Tests.Copies;

/// <summary>A republication or a reprinted wire text is one item: the linked original, else the earliest, is the original.</summary>
public sealed class CopyIndexTests
{
    private const string Wire = "Национальный банк Казахстана сохранил базовую ставку на уровне 16,5 процента годовых. " +
        "Решение принято комитетом по денежно-кредитной политике по итогам заседания во вторник. " +
        "Регулятор отметил замедление годовой инфляции до 8,9 процента и ожидает дальнейшего снижения в первом квартале. " +
        "Следующее плановое решение по ставке будет объявлено в январе, сообщает пресс-служба банка.";

    private static CopyIndex Index() => new(new CopyOptions { MinimumWords = 10 });

    [Fact]
    public async Task The_vectorised_signature_is_the_scalar_one_bit_for_bit()
    {
        var texts = (await Janalyq.Tests.Stories.DemoArticles.LoadAsync()).Select(a => a.Article.Text).Append(Wire).ToList();
        foreach (var text in texts)
            Assert.Equal(CopySignature.Of(text, 10, vector: false), CopySignature.Of(text, 10, vector: true));
        Assert.Null(CopySignature.Of("три слова всего", 10, vector: true));
    }

    [Fact]
    public void A_republication_points_to_the_original_it_links_even_when_published_earlier()
    {
        var index = Index();
        index.Add(1, "https://a.kz/original", null, 2_000, Wire);
        var copy = index.Add(2, "https://b.kz/copy", "https://a.kz/original/", 1_000, "Перепечатка. " + Wire);

        Assert.Contains(new CopyAssignment(2, 1), copy);
    }

    [Fact]
    public void A_copy_stored_before_its_linked_original_is_re_pointed_when_the_original_arrives()
    {
        var index = Index();
        index.Add(2, "https://b.kz/copy", "https://a.kz/original", 1_000, "Короткая заметка.");
        var arrived = index.Add(1, "https://a.kz/original", null, 2_000, "Совсем другой текст оригинала, длинный и подробный.");

        Assert.Contains(new CopyAssignment(2, 1), arrived);
        Assert.Contains(new CopyAssignment(1, null), arrived);
    }

    [Fact]
    public void A_wire_text_reprinted_by_several_outlets_has_the_earliest_as_original()
    {
        var index = Index();
        index.Add(10, "https://x.kz/1", null, 3_000, Wire);
        index.Add(11, "https://y.kz/1", null, 2_000, "ALMATY. " + Wire + " Подписывайтесь на наш канал.");
        var third = index.Add(12, "https://z.kz/1", null, 1_000, Wire.Replace("во вторник", "во вторник, 24 ноября", StringComparison.Ordinal));

        // The latest reprint is the earliest published: the two before it now point to it.
        Assert.Equal([new(10, 12), new(11, 12), new(12, null)], third.OrderBy(c => c.Id));
    }

    [Fact]
    public void Near_but_different_texts_on_one_subject_stay_apart()
    {
        var index = Index();
        index.Add(1, "https://a.kz/1", null, 1_000, Wire);
        var other = index.Add(2, "https://b.kz/2", null, 1_000,
            "Национальный банк Казахстана повысил базовую ставку до 17 процентов годовых, сообщил председатель регулятора " +
            "на брифинге в Астане. По его словам, инфляционные ожидания населения остаются высокими, а рост цен на продукты " +
            "ускорился в октябре. Аналитики банков называют решение неожиданным и ждут ослабления тенге.");

        Assert.Equal([new CopyAssignment(2, null)], other);
    }

    [Fact]
    public void Articles_that_left_the_window_are_no_longer_matched()
    {
        var index = Index();
        index.Add(1, "https://a.kz/1", null, 1_000, Wire);
        index.Forget(1);
        var later = index.Add(2, "https://b.kz/2", null, 6_000, Wire);

        Assert.Equal([new CopyAssignment(2, null)], later);
        Assert.Equal(1, index.Count);
    }
}
