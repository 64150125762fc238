namespace Janalyq.Extraction.Dates;

/// <summary>
/// Month names as news outlets write them (full, genitive, abbreviated), in the languages of the outlets we read:
/// Russian, Kazakh, Ukrainian, English, German, French, Spanish, Portuguese, Italian, Polish, Turkish, Dutch, Czech,
/// Romanian, Swedish/Norwegian/Danish, Finnish, Hungarian, Indonesian, Bengali. Compared case-insensitively.
/// </summary>
internal static class MonthNames
{
    private static readonly Dictionary<string, int> Table = Build();

    /// <summary>The month number (1-12) of a name, or 0 when it is not a month.</summary>
    public static int Lookup(string name) => Table.TryGetValue(name.TrimEnd('.'), out var m) ? m : 0;

    private static Dictionary<string, int> Build()
    {
        var d = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        void Add(int m, params string[] names) { foreach (var n in names) d[n] = m; }
        Add(1, "января", "январь", "янв", "қаңтар", "қаңтардағы", "січня", "січень", "січ", "january", "jan", "januar", "jänner", "jaenner", "janvier", "janv",
            "enero", "ene", "janeiro", "gennaio", "genn", "gen", "stycznia", "styczeń", "sty", "ocak", "januari", "ledna", "leden", "ianuarie", "ian", "januári",
            "január", "tammikuuta", "tammikuu", "janeiro", "januarie");
        Add(2, "февраля", "февраль", "фев", "февр", "ақпан", "лютого", "лютий", "лют", "february", "feb", "februar", "février", "fevrier", "févr", "fevr", "febrero",
            "fevereiro", "fev", "febbraio", "febb", "lutego", "luty", "lut", "şubat", "subat", "februari", "února", "únor", "februarie", "február", "helmikuuta",
            "helmikuu", "pebrero");
        Add(3, "марта", "март", "мар", "наурыз", "березня", "березень", "бер", "march", "mar", "märz", "maerz", "mars", "marzo", "março", "marco", "marca", "marzec",
            "mart", "maart", "marts", "března", "březen", "martie", "március", "maaliskuuta", "maaliskuu", "maret");
        Add(4, "апреля", "апрель", "апр", "сәуір", "квітня", "квітень", "кві", "april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwietnia", "kwiecień",
            "kwi", "nisan", "dubna", "duben", "aprilie", "április", "huhtikuuta", "huhtikuu");
        Add(5, "мая", "май", "мамыр", "травня", "травень", "тра", "may", "mai", "mayo", "maio", "maggio", "magg", "mag", "maja", "maj", "mayıs", "mayis", "mei",
            "května", "květen", "május", "toukokuuta", "toukokuu");
        Add(6, "июня", "июнь", "июн", "маусым", "червня", "червень", "чер", "june", "jun", "juni", "juin", "junio", "junho", "giugno", "giu", "czerwca", "czerwiec",
            "cze", "haziran", "června", "červen", "iunie", "június", "kesäkuuta", "kesäkuu");
        Add(7, "июля", "июль", "июл", "шілде", "липня", "липень", "лип", "july", "jul", "juli", "juillet", "juil", "julio", "julho", "luglio", "lug", "lipca",
            "lipiec", "lip", "temmuz", "července", "červenec", "iulie", "július", "heinäkuuta", "heinäkuu");
        Add(8, "августа", "август", "авг", "тамыз", "серпня", "серпень", "сер", "august", "aug", "août", "aout", "agosto", "ago", "sierpnia", "sierpień", "sie",
            "ağustos", "agustos", "augustus", "augusti", "srpna", "srpen", "augusztus", "elokuuta", "elokuu", "agustus");
        Add(9, "сентября", "сентябрь", "сен", "сент", "қыркүйек", "вересня", "вересень", "вер", "september", "sep", "sept", "septembre", "septiembre", "set",
            "setembro", "settembre", "sett", "września", "wrzesień", "wrz", "eylül", "eylul", "září", "septembrie", "szeptember", "syyskuuta", "syyskuu");
        Add(10, "октября", "октябрь", "окт", "қазан", "жовтня", "жовтень", "жов", "october", "oct", "oktober", "okt", "octobre", "octubre", "outubro", "out",
            "ottobre", "ott", "października", "październik", "paź", "ekim", "října", "říjen", "octombrie", "október", "lokakuuta", "lokakuu");
        Add(11, "ноября", "ноябрь", "нояб", "ноя", "қараша", "листопада", "листопад", "лис", "november", "nov", "novembre", "noviembre", "novembro", "listopada",
            "listopad", "lis", "kasım", "kasim", "listopadu", "noiembrie", "marraskuuta", "marraskuu", "nopember");
        Add(12, "декабря", "декабрь", "дек", "желтоқсан", "грудня", "грудень", "гру", "december", "dec", "dezember", "dez", "décembre", "decembre", "déc",
            "diciembre", "dic", "dezembro", "dicembre", "grudnia", "grudzień", "gru", "aralık", "aralik", "prosince", "prosinec", "decembrie", "joulukuuta",
            "joulukuu", "desember");
        // Bengali (the names are English loans, written with combining vowel signs).
        string[] bengali = ["জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"];
        for (var i = 0; i < bengali.Length; i++) Add(i + 1, bengali[i]);
        return d;
    }
}
