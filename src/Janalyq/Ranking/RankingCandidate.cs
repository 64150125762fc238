using Janalyq.Storage;

namespace Janalyq.Ranking;

/// <summary>
/// A story competing for "Актуальное": its articles (copies included: each is its outlet's vote) and, once the site
/// counts them, its reader views (null: no data, the term is left out).
/// </summary>
public sealed record RankingCandidate(StoryKey Key, IReadOnlyList<ActivityArticle> Articles, long? Views = null);
