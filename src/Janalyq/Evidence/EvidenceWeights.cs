namespace Janalyq.Evidence;

/// <summary>
/// The weights of the evidence (README.md beside this file explains the scheme): a term's weight is its kind's weight
/// (a gazetteer or lexicon entry may set its own), times <see cref="Headline"/> when the headline has it, times
/// up to <see cref="MaxRepeat"/> for a term the article repeats.
/// </summary>
public static class EvidenceWeights
{
    /// <summary>Factor of a term found in the headline.</summary>
    public const float Headline = 2f;

    /// <summary>A gazetteer entity (Kazakhstan itself and a few others set less in the data).</summary>
    public const float GazetteerEntity = 3f;

    /// <summary>A name outside the gazetteer whose skeleton has four consonants or more.</summary>
    public const float LongName = 2.5f;

    /// <summary>A name outside the gazetteer with a three-consonant skeleton (Тоқаев "tkv": more of them collide).</summary>
    public const float ShortName = 1.5f;

    /// <summary>An acronym outside the gazetteer (its letters, not a skeleton).</summary>
    public const float Acronym = 1.5f;

    /// <summary>A day of a month (3 декабря, 3 желтоқсан, December 3).</summary>
    public const float Date = 3f;

    /// <summary>A month of a year (март 2027, 2027 жылғы наурыз, March 2027).</summary>
    public const float YearMonth = 2f;

    /// <summary>A number with a unit, a scale word or a percent sign (4,2 млрд м³, 18%, 500 млн кВт·ч).</summary>
    public const float Quantity = 2.5f;

    /// <summary>A bare number of 100 or more, or with decimals.</summary>
    public const float LargeNumber = 1.5f;

    /// <summary>A bare whole number from 10 to 99 (smaller bare numbers are skipped: they are everywhere).</summary>
    public const float SmallNumber = 0.75f;

    /// <summary>A year (1900–2100): every article of a year has it.</summary>
    public const float Year = 0.5f;

    /// <summary>Most a repeated term gains: its weight times 1 + 0.25 per further occurrence, up to this factor.</summary>
    public const float MaxRepeat = 1.5f;
}
