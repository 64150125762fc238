using System.Net;
using Janalyq.Storage;

namespace Janalyq.Tests.Site;

/// <summary>
/// Bodies are sanitized before storage and rendered as stored. Should a script slip through, the page's
/// Content-Security-Policy (no inline script, no event-handler attributes) keeps it from running.
/// </summary>
public class UnsafeBodyTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private const string EvilBody = "<p>Текст статьи.</p><script>alert('body')</script><img src=\"x\" onerror=\"alert('img')\">";

    [Fact]
    public async Task A_script_in_a_body_is_rendered_as_stored_under_a_policy_that_forbids_inline_script()
    {
        long id = await SaveAsync("Статья со скриптом", EvilBody);

        var page = await site.Host.GetAsync($"/article/{id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        page.AssertHtmlPage();
        Assert.Contains(EvilBody, page.Html, StringComparison.Ordinal);
        string csp = page.Header("Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-hashes", csp, StringComparison.Ordinal);
        // Frames only from the video hosts whose players the extractor keeps.
        Assert.Contains("frame-src https://www.youtube.com ", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("frame-src *", csp, StringComparison.Ordinal);
        // Every other script element of the page is data, not code.
        var scripts = page.Document.QuerySelectorAll("script").Where(s => s.Closest(".article__body") is null);
        Assert.All(scripts, s => Assert.Equal("application/ld+json", s.GetAttribute("type")));
    }

    [Fact]
    public async Task A_title_cannot_break_out_of_the_json_ld_or_the_markup()
    {
        long id = await SaveAsync("</script><script>alert(1)</script><b>", "<p>Текст.</p>");

        var page = await site.Host.GetAsync($"/article/{id}");

        Assert.DoesNotContain("<script>alert(1)", page.Html, StringComparison.Ordinal);
        Assert.Contains("\\u003C/script\\u003E", page.Document.QuerySelector("script[type='application/ld+json']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("</script><script>alert(1)</script><b>", page.Text("h1"));
    }

    private async Task<long> SaveAsync(string title, string body)
    {
        var saved = await site.Host.Articles.SaveAsync(new Article
        {
            Url = "https://example.kz/" + Guid.NewGuid(),
            CanonicalUrl = "https://example.kz/" + Guid.NewGuid(),
            Title = title,
            BodyHtml = body,
            BodyText = "Текст статьи.",
            FetchedAt = SiteSampleData.Now,
            PublishedAt = SiteSampleData.Now.AddDays(-3),
            CategorySlug = "society",
            Language = "ru",
            ContentHash = Guid.NewGuid().ToString(),
        }, TestContext.Current.CancellationToken);
        return saved.Id;
    }
}
