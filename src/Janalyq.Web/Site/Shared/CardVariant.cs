namespace Janalyq.Web.Site.Shared;

/// <summary>How an article appears in a listing.</summary>
public enum CardVariant
{
    /// <summary>The front page's top story: a wide photo, a big headline, the standfirst.</summary>
    Lead,
    /// <summary>The first item of a section: photo above the headline.</summary>
    Feature,
    /// <summary>A small photo beside the headline.</summary>
    Row,
    /// <summary>A category listing's line: photo, headline, standfirst.</summary>
    List,
    /// <summary>Headline and time only.</summary>
    Text,
}
