using Janalyq.Categories;
using Janalyq.Copies;
using Janalyq.Evidence;
using Janalyq.Language;
using Janalyq.Stories;

namespace Janalyq.Understanding;

/// <summary>
/// Language → classification → copies → story, for one article at a time, over one window. The pipeline stage and
/// `./janalyq analyze` both run this, so they decide alike. Not thread-safe: one writer.
/// </summary>
public sealed class ArticleUnderstanding
{
    private readonly IArticleClassifier _classifier;

    public ArticleUnderstanding(IArticleClassifier classifier, IEvidenceExtractor evidence, StoryOptions stories, CopyOptions copies)
    {
        _classifier = classifier;
        Stories = new StoryClusterer(stories, evidence);
        Copies = new CopyIndex(copies);
        Stories.Left += Copies.Forget; // one window for both
    }

    /// <summary>Characters of the body the language is identified from, after the headline: the start says it, and the cost follows the length.</summary>
    public const int LanguageSample = 1000;

    public StoryClusterer Stories { get; }
    public CopyIndex Copies { get; }

    /// <summary>Understands a new or changed article.</summary>
    public UnderstandingResult Understand(UnderstandingInput input)
    {
        var (language, identified) = LanguageOf(input);
        var classification = _classifier.Classify(new ClassifierInput(input.Title, input.Text, language, input.Url, null, input.RubricCategory));
        var stories = Stories.Add(new StoryArticle(input.Id, input.Time, language ?? "", input.Title, input.Text));
        var copies = Copies.Add(input.Id, input.Url, input.OriginalUrl, input.Time, input.Text);
        return new UnderstandingResult(input.Id, language, identified, classification, copies, stories);
    }

    /// <summary>Puts back an article understood earlier (rebuilding the window at start), in the order it was first processed.</summary>
    public void Restore(UnderstandingInput input, long storyId, long? duplicateOf)
    {
        var (language, _) = LanguageOf(input);
        Stories.Restore(new StoryArticle(input.Id, input.Time, language ?? "", input.Title, input.Text), storyId);
        Copies.Restore(input.Id, input.Url, input.OriginalUrl, input.Time, input.Text, duplicateOf);
    }

    /// <summary>Ends a rebuild: the window ends at <paramref name="newest"/>, the next story gets <paramref name="nextStoryId"/>.</summary>
    public void Settle(long newest, long nextStoryId)
    {
        Stories.AdvanceTo(newest);
        Stories.NextStoryId = Math.Max(Stories.NextStoryId, nextStoryId);
    }

    /// <summary>Takes a hidden article out: what changed in its story and its copies.</summary>
    public (StoryChanges Stories, IReadOnlyList<CopyAssignment> Copies) Remove(long id) => (Stories.Remove(id), Copies.Remove(id));

    private static (string? Language, bool Identified) LanguageOf(UnderstandingInput input)
    {
        if (!string.IsNullOrEmpty(input.Language)) return (input.Language, false);
        var sample = input.Text.Length > LanguageSample ? input.Text[..LanguageSample] : input.Text;
        return (LanguageIdentifier.Identify(input.Title + "\n" + sample), true);
    }
}
