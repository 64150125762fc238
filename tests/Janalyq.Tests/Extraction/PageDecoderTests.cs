using System.Text;
using Janalyq.Extraction;

namespace Janalyq.Tests.Extraction;

public class PageDecoderTests
{
    private const string Russian = "Президенты выразили мнение, что Россия и США будут продолжать диалог и необходимые контакты.";

    static PageDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Page(string encoding, string? metaCharset)
    {
        var meta = metaCharset is null ? "" : $"<meta charset=\"{metaCharset}\">";
        return Encoding.GetEncoding(encoding).GetBytes($"<html><head>{meta}<title>т</title></head><body><p>{Russian}</p></body></html>");
    }

    [Theory]
    [InlineData("utf-8", null, null)] // no label at all: valid UTF-8
    [InlineData("windows-1251", null, "text/html; charset=windows-1251")] // header
    [InlineData("windows-1251", "windows-1251", null)] // meta
    [InlineData("windows-1251", "cp1251", "text/html")] // alias
    [InlineData("koi8-r", "koi8-r", null)]
    [InlineData("utf-8", "windows-1251", null)] // UTF-8 mislabelled as windows-1251
    [InlineData("utf-8", null, "text/html; charset=windows-1251")] // ... by the header
    [InlineData("windows-1251", "utf-8", null)] // windows-1251 mislabelled as UTF-8
    [InlineData("koi8-r", "windows-1251", null)] // koi8-r mislabelled as windows-1251
    [InlineData("windows-1251", null, null)] // unlabelled windows-1251: sniffed
    [InlineData("windows-1251", "x-no-such-charset", "text/html; charset=bogus")] // unknown charsets ignored
    public void Decodes_russian_text_whatever_the_labels_say(string actual, string? meta, string? header)
    {
        var text = PageDecoder.Decode(Page(actual, meta), header);
        Assert.Contains(Russian, text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_wins_over_labels()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Page("utf-8", "windows-1251")).ToArray();
        Assert.Contains(Russian, PageDecoder.Decode(bytes, "text/html; charset=koi8-r"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_http_header_charset_is_read_with_quotes_and_parameters()
    {
        var bytes = Page("windows-1251", null);
        Assert.Contains(Russian, PageDecoder.Decode(bytes, "text/html; charset=\"Windows-1251\"; foo=bar"), StringComparison.Ordinal);
    }
}
