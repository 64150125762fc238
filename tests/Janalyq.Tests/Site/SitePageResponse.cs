using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Janalyq.Tests.Site;

/// <summary>A page as the browser gets it: status, headers, the HTML and its parsed document.</summary>
internal sealed class SitePageResponse(HttpStatusCode status, HttpResponseHeaders headers, HttpContentHeaders contentHeaders, string html)
{
    private IDocument? _document;

    /// <summary>"/article/42" or "/kk/article/42": an article named by its id alone, which the site redirects to its address.</summary>
    public static bool IsArticleById(string path) =>
        System.Text.RegularExpressions.Regex.IsMatch(path, "^(/[a-z]{2})?/article/[0-9]+$");

    public HttpStatusCode Status { get; } = status;
    public HttpResponseHeaders Headers { get; } = headers;
    public HttpContentHeaders ContentHeaders { get; } = contentHeaders;
    public string Html { get; } = html;
    public IDocument Document => _document ??= new HtmlParser().ParseDocument(Html);

    public string Header(string name) =>
        Headers.TryGetValues(name, out var values) || ContentHeaders.TryGetValues(name, out values) ? string.Join(", ", values) : "";

    /// <summary>Text of the first element matching a CSS selector, whitespace collapsed.</summary>
    public string Text(string selector) =>
        string.Join(' ', (Document.QuerySelector(selector)?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public void AssertHtmlPage()
    {
        Assert.Equal("text/html; charset=utf-8", Header("Content-Type"));
        Assert.StartsWith("<!DOCTYPE html>", Html.TrimStart(), StringComparison.Ordinal);
        string csp = Header("Content-Security-Policy");
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header("X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header("Referrer-Policy"));
        Assert.NotEmpty(Header("Cache-Control"));
    }
}
