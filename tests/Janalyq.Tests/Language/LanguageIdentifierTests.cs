using Janalyq.Language;

namespace Janalyq.Tests.Language;

/// <summary>
/// Kazakh told apart from its Cyrillic neighbours (the sentences are written for these tests; none is in the training
/// text), on sentences, headlines and mixed texts, and the declared language as the fallback.
/// </summary>
public class LanguageIdentifierTests
{
    [Theory]
    [InlineData("Мемлекет басшысы Қасым-Жомарт Тоқаев Астанада шетелдік инвесторлармен кездесу өткізді.", "kk")]
    [InlineData("Алматы облысында биыл жаңа мектептер салынып, мұғалімдердің жалақысы көтерілді.", "kk")]
    [InlineData("Президент Садыр Жапаров Бишкекте чет элдик инвесторлор менен жолугушту өткөрдү.", "ky")]
    [InlineData("Быйыл өлкөдө жаңы мектептер курулуп, мугалимдердин айлык акысы көтөрүлдү.", "ky")]
    [InlineData("Татарстан Президенты Казанда чит ил инвесторлары белән очрашу үткәрде.", "tt")]
    [InlineData("Быел республикада яңа мәктәпләр төзелде һәм укытучыларның хезмәт хакы күтәрелде.", "tt")]
    [InlineData("Башҡортостан Башлығы Өфөлә сит ил инвесторҙары менән осрашыу үткәрҙе.", "ba")]
    [InlineData("Быйыл республикала яңы мәктәптәр төҙөлдө һәм уҡытыусыларҙың эш хаҡы күтәрелде.", "ba")]
    [InlineData("Ўзбекистон Президенти Тошкентда хорижий инвесторлар билан учрашув ўтказди.", "uz")]
    [InlineData("Монгол Улсын Ерөнхийлөгч Улаанбаатарт гадаадын хөрөнгө оруулагчидтай уулзалт хийлээ.", "mn")]
    [InlineData("Президент України провів у Києві зустріч з іноземними інвесторами.", "uk")]
    [InlineData("Прэзідэнт Беларусі правёў у Мінску сустрэчу з замежнымі інвестарамі.", "be")]
    [InlineData("Президентът на България проведе в София среща с чуждестранни инвеститори.", "bg")]
    [InlineData("Претседателот на Македонија одржа средба со странски инвеститори во Скопје.", "mk")]
    [InlineData("Председник Србије одржао је у Београду састанак са страним инвеститорима.", "sr")]
    [InlineData("Президент провёл в Москве встречу с иностранными инвесторами.", "ru")]
    public void Tells_the_Cyrillic_languages_apart_on_one_sentence(string text, string expected) => Assert.Equal(expected, LanguageIdentifier.Identify(text));

    [Theory]
    [InlineData("Ақтөбеде жол апатынан үш адам қаза тапты", "kk")]
    [InlineData("Үкімет жаңа салық кодексін мақұлдады", "kk")]
    [InlineData("Ош шаарында жаңы көпүрө ачылды", "ky")]
    [InlineData("Казанда яңа күпер ачылды", "tt")]
    [InlineData("Өфөлә яңы күпер асылды", "ba")]
    [InlineData("В Шымкенте открыли новый мост", "ru")]
    [InlineData("Токаев провёл совещание по вопросам энергетики", "ru")]
    [InlineData("Тоқаев провёл совещание по вопросам энергетики", "ru")] // a Kazakh letter in a name does not make it Kazakh
    public void Reads_headlines(string text, string expected) => Assert.Equal(expected, LanguageIdentifier.Identify(text));

    [Fact]
    public void A_Kazakh_article_quoting_Russian_is_Kazakh()
    {
        const string text = "Министр баспасөз мәслихатында жаңа бағдарлама туралы айтты. Оның сөзінше, «мы обязательно выполним все обязательства перед гражданами». " +
            "Бағдарлама аясында үш жыл ішінде екі жүз мектеп салынады, деп хабарлады министрлік.";
        Assert.Equal("kk", LanguageIdentifier.Identify(text));
    }

    [Fact]
    public void A_Russian_article_quoting_Kazakh_is_Russian()
    {
        const string text = "На церемонии открытия аким области зачитал приветствие на государственном языке: «Құрметті қонақтар, қош келдіңіздер!». " +
            "Затем участники обсудили развитие туризма, строительство дорог и привлечение инвестиций в регион.";
        Assert.Equal("ru", LanguageIdentifier.Identify(text));
    }

    [Fact]
    public void Kazakh_typed_with_a_Latin_i_is_Kazakh() => Assert.Equal("kk", LanguageIdentifier.Identify("Бiз бұл мәселенi бiрге шешемiз.")); // Latin i for і

    [Theory]
    [InlineData("683.", "kk-KZ", "kk")]
    [InlineData("2024", "ru", "ru")]
    [InlineData("Мен", "kk", "kk")]
    public void Too_little_text_falls_back_to_the_declared_language(string text, string declared, string expected) => Assert.Equal(expected, LanguageIdentifier.Identify(text, declared));

    [Fact]
    public void Nothing_said_and_nothing_declared_is_null() => Assert.Null(LanguageIdentifier.Identify("12:30", null));

    [Fact]
    public void The_declared_language_settles_a_headline_the_letters_leave_open()
    {
        // "Банк" plus a number: Russian, Kazakh and Kyrgyz all write it; the page's lang decides
        Assert.Equal("kk", LanguageIdentifier.Identify("Ұлттық банк 2025", "kk"));
        Assert.Equal("ky", LanguageIdentifier.Identify("Улуттук банк базалык ставканы", "ky"));
    }

    [Fact]
    public void The_declared_language_does_not_override_a_clear_sentence() =>
        Assert.Equal("ru", LanguageIdentifier.Identify("Национальный банк сохранил базовую ставку на прежнем уровне до конца года.", "kk"));
}
