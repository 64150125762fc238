using Janalyq.Discovery;

namespace Janalyq.Tests.Discovery;

public class UrlCanonicalizerTests
{
    [Theory]
    [InlineData("https://Site.KZ:443/news/1?utm_source=tg&utm_medium=x#comments", "https://site.kz/news/1")]
    [InlineData("https://site.kz/news/1?fbclid=abc&id=5&b=2", "https://site.kz/news/1?b=2&id=5")]
    [InlineData("https://m.site.kz/news/1", "https://site.kz/news/1")]
    [InlineData("https://site.kz/amp/news/1", "https://site.kz/news/1")]
    [InlineData("https://site.kz/news/1/amp/", "https://site.kz/news/1/")]
    [InlineData("https://site.kz/news/1.amp.html", "https://site.kz/news/1.html")]
    [InlineData("https://amp.site.kz/news/1?amp=1", "https://site.kz/news/1")]
    [InlineData("http://site.kz:8080/a?ysclid=1", "http://site.kz:8080/a")]
    [InlineData("https://m.kz/news", "https://m.kz/news")]
    public void Folds_variants(string url, string expected) =>
        Assert.Equal(expected, UrlCanonicalizer.Canonicalize(new Uri(url)).AbsoluteUri);

    [Theory]
    [InlineData("https://m.site.kz/news/1?utm_source=x", "https://www.site.kz/news/1", "https://www.site.kz/news/1")]
    [InlineData("https://site.kz/news/1", "/news/1-slug", "https://site.kz/news/1-slug")]
    [InlineData("https://site.kz/news/1", "https://other.kz/original", "https://site.kz/news/1")]
    [InlineData("https://site.kz/news/1", "https://site.kz/", "https://site.kz/news/1")]
    [InlineData("https://site.kz/news/1", null, "https://site.kz/news/1")]
    public void Trusts_rel_canonical_on_the_same_site_only(string fetched, string? declared, string expected) =>
        Assert.Equal(expected, UrlCanonicalizer.Resolve(new Uri(fetched), declared).AbsoluteUri);
}
