using Janalyq.Language;

namespace Janalyq.Tests.Language;

/// <summary>The model's pieces: n-gram enumeration (shared by training and scoring), the alphabets, the model file.</summary>
public class CyrillicModelTests
{
    private static List<string> Grams(string text)
    {
        var buffer = new char[text.Length * 2 + 4];
        var (length, _) = LetterNgrams.Normalize(text, buffer);
        var result = new List<string>();
        foreach (var (start, n) in LetterNgrams.Enumerate(buffer.AsSpan(0, length))) result.Add(new string(buffer, start, n));
        return result;
    }

    [Fact]
    public void Enumerates_letters_then_padded_runs_of_each_word()
    {
        Assert.Equal(["а", "б", " а", "аб", "б ", " аб", "аб ", "в", " в", "в ", " в "], Grams("Аб, В!"));
    }

    [Fact]
    public void Skips_Latin_words_and_reads_look_alikes_inside_Cyrillic_ones()
    {
        Assert.Equal(Grams("бiз"), Grams("біз")); // Latin i in a Cyrillic word is і
        Assert.Empty(Grams("COVID 19"));
    }

    [Fact]
    public void Alphabets_know_each_languages_own_letters()
    {
        int Lang(string code) => Array.IndexOf(CyrillicAlphabets.Codes, code);
        Assert.True(CyrillicAlphabets.Writes(Lang("kk"), 'ұ'));
        Assert.False(CyrillicAlphabets.Writes(Lang("ky"), 'ұ'));
        Assert.True(CyrillicAlphabets.Writes(Lang("ba"), 'ҡ'));
        Assert.False(CyrillicAlphabets.Writes(Lang("kk"), 'ҡ'));
        Assert.False(CyrillicAlphabets.Writes(Lang("uk"), 'ы'));
        Assert.False(CyrillicAlphabets.Writes(Lang("uz"), 'ы'));
        Assert.True(CyrillicAlphabets.Writes(Lang("mk"), 'ќ'));
    }

    [Fact]
    public void The_shipped_model_loads_and_is_small() => Assert.InRange(CyrillicModel.Shipped.Size, 5_000, 60_000);

    [Fact]
    public void A_model_file_without_floors_is_refused()
    {
        var text = "languages\t" + string.Join(',', CyrillicAlphabets.Codes) + "\nа\t" + string.Join(',', CyrillicAlphabets.Codes.Select(_ => "30")) + "\n";
        Assert.Throws<InvalidDataException>(() => CyrillicModel.Read(new StringReader(text)));
    }

    [Fact]
    public void A_model_built_from_two_texts_tells_them_apart()
    {
        var builder = new CyrillicModelBuilder { MinimumCount = 1 };
        for (var i = 0; i < 5; i++)
        {
            builder.Add("kk", "Бұл жаңалық қазақ тілінде жазылған және оқырмандарға арналған.");
            builder.Add("ru", "Эта новость написана на русском языке и предназначена читателям.");
        }
        var writer = new StringWriter();
        builder.Write(writer, ["test"]);
        var model = CyrillicModel.Read(new StringReader(writer.ToString()));
        var buffer = new char[200];
        var (length, _) = LetterNgrams.Normalize("жаңалық тілінде", buffer);
        Span<float> totals = stackalloc float[CyrillicAlphabets.Codes.Length];
        model.Score(buffer.AsSpan(0, length), totals);
        Assert.True(totals[Array.IndexOf(CyrillicAlphabets.Codes, "kk")] < totals[Array.IndexOf(CyrillicAlphabets.Codes, "ru")]);
    }
}
