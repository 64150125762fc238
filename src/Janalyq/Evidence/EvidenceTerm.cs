namespace Janalyq.Evidence;

/// <summary>What kind of evidence a term is.</summary>
public enum EvidenceKind
{
    /// <summary>A named entity (person, organisation, place), keyed by a transliteration common to ru, kk and en.</summary>
    Entity,

    /// <summary>A number with its unit, a date, a percentage: written the same way whatever the language.</summary>
    Number,

    /// <summary>A concept of the ru/kk/en news lexicon (one key for "вакцинация", "вакцинация", "vaccination").</summary>
    Concept,
}

/// <summary>
/// One language-independent term of an article: the same event told in Russian, Kazakh and English yields mostly the
/// same keys. <paramref name="Key"/> is prefixed by kind ("e:", "n:", "c:"); <paramref name="Weight"/> is higher for
/// terms of the headline and for rarer kinds of evidence.
/// </summary>
public readonly record struct EvidenceTerm(string Key, EvidenceKind Kind, float Weight);
