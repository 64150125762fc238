using Janalyq.Extraction;
using Janalyq.Extraction.Templates;

namespace Janalyq.Tests.Extraction;

public class TemplateModelTests
{
    private const string Signature = "Редакция благодарит читателей за внимание к нашим материалам и ждёт ваших писем на адрес редакции.";

    private static string Page(int i) => $"""
        <html><body><article><h1>Новость номер {i}</h1>
        <p>Первый абзац новости {i}: в городе произошло событие, о котором рассказали очевидцы, жители и представители акимата.</p>
        <p>Второй абзац новости {i}: подробности события уточняются, расследование продолжается, о результатах сообщат позже.</p>
        <p>{Signature}</p>
        </article></body></html>
        """;

    [Fact]
    public void Blocks_recurring_across_sibling_pages_are_dropped()
    {
        var model = TemplateModel.Learn(Enumerable.Range(1, 4).Select(Page));
        Assert.True(model.IsTemplate(Signature));
        Assert.False(model.IsTemplate("Первый абзац новости 1: в городе произошло событие, о котором рассказали очевидцы, жители и представители акимата."));

        var raw = new RawPage(System.Text.Encoding.UTF8.GetBytes(Page(9)), null, null, ExtractionPaths.FetchedAt);
        Assert.Contains("Редакция благодарит", ArticleExtractor.Default.Extract(raw, TestContext.Current.CancellationToken).Text, StringComparison.Ordinal);
        var text = ArticleExtractor.Default.Extract(raw with { Template = model }, TestContext.Current.CancellationToken).Text;
        Assert.DoesNotContain("Редакция благодарит", text, StringComparison.Ordinal);
        Assert.Contains("Второй абзац новости 9", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_the_template_would_mostly_empty_keeps_its_text()
    {
        var model = TemplateModel.Learn(Enumerable.Range(1, 4).Select(Page));
        var html = $"<html><body><article><h1>Короткая заметка</h1><p>Сегодня в городе без происшествий.</p><p>{Signature}</p></article></body></html>";
        var raw = new RawPage(System.Text.Encoding.UTF8.GetBytes(html), null, null, ExtractionPaths.FetchedAt) { Template = model };
        var text = ArticleExtractor.Default.Extract(raw, TestContext.Current.CancellationToken).Text;
        Assert.Contains("Сегодня в городе без происшествий", text, StringComparison.Ordinal);
        Assert.Contains("Редакция благодарит", text, StringComparison.Ordinal); // over half the text: the template is not trusted here
    }

    [Fact]
    public async Task The_extractors_fingerprint_is_the_one_a_separate_reading_gives()
    {
        var corpus = await Janalyq.Tests.Support.DemoCorpusFixture.LoadAsync();
        foreach (var page in corpus.Pages.Where(p => p.Outlet is "steppe-times" or "vecherniy-gorod").Take(4))
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(corpus.Folder, page.File), TestContext.Current.CancellationToken);
            var raw = new RawPage(bytes, new Uri(page.Url), null, ExtractionPaths.FetchedAt) { WantsFingerprint = true };
            var own = ArticleExtractor.Default.Extract(raw, TestContext.Current.CancellationToken).Fingerprint;
            var separate = PageBlocks.Read(PageDecoder.Decode(bytes, null));
            Assert.NotNull(own);
            Assert.NotEmpty(own.Keys);
            Assert.Equal(separate.Keys, own.Keys);
            Assert.Equal(separate.DeclaredUrl, own.DeclaredUrl);
        }
        var plain = ArticleExtractor.Default.Extract(new RawPage(System.Text.Encoding.UTF8.GetBytes(Page(1)), null, null, ExtractionPaths.FetchedAt), TestContext.Current.CancellationToken);
        Assert.Null(plain.Fingerprint); // only when asked: the extractor's speed does not pay for it
    }

    [Fact]
    public void Too_few_siblings_give_an_empty_model()
    {
        var model = TemplateModel.Learn([Page(1), Page(2)]);
        Assert.Equal(0, model.BlockCount);
    }

    /// <summary>The key as first defined (ToLowerInvariant per character): stored keys must keep matching it.</summary>
    private static ulong? ReferenceKey(string text)
    {
        ulong hash = 14695981039346656037;
        var length = 0;
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c)) continue;
            var lower = char.ToLowerInvariant(c);
            hash = (hash ^ (byte)lower) * 1099511628211;
            hash = (hash ^ (byte)(lower >> 8)) * 1099511628211;
            if (++length > PageBlocks.MaximumKeyLength) return null;
        }
        return length < PageBlocks.MinimumKeyLength ? null : hash;
    }

    [Fact]
    public void Block_keys_are_the_stored_ones_for_every_character()
    {
        // Every UTF-16 code unit, in runs of 40 (under the longest key), then the Kazakh and Russian alphabets in both cases.
        for (var start = 0; start < 0x10000; start += 40)
        {
            var run = new string(Enumerable.Range(start, Math.Min(40, 0x10000 - start)).Select(i => (char)i).ToArray());
            Assert.Equal(ReferenceKey(run), PageBlocks.Key(run));
        }
        foreach (var text in new[] { "ӘҒҚҢӨҰҮҺІ әғқңөұүһі", "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ абвгдеёжзийклмнопрстуфхцчшщъыьэюя", "Подписывайтесь на наш Telegram-канал!", "x" })
            Assert.Equal(ReferenceKey(text), PageBlocks.Key(text));
    }
}
