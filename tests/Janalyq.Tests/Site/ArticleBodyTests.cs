using Janalyq.Web.Site;

namespace Janalyq.Tests.Site;

public class ArticleBodyTests
{
    [Fact]
    public void Tables_become_keyboard_reachable_and_escaped_text_is_left_alone()
    {
        string body = "<p>Цены &lt;table&gt; в тексте</p><table><tr><td>1</td></tr></table><table class=\"x\"><tr><td>2</td></tr></table>";

        string shown = ArticleBody.ForReading(body);

        Assert.Equal("<p>Цены &lt;table&gt; в тексте</p><table tabindex=\"0\"><tr><td>1</td></tr></table><table tabindex=\"0\" class=\"x\"><tr><td>2</td></tr></table>", shown);
    }

    [Fact]
    public void A_body_without_tables_is_returned_as_it_is()
    {
        const string body = "<p>Без таблиц</p>";
        Assert.Same(body, ArticleBody.ForReading(body));
    }
}
