using Janalyq.Markup;
using Janalyq.Settings;

namespace Janalyq.Extraction;

/// <summary>A selector in the subset the extractor's parser reads (<see cref="Selector"/>); others would silently match nothing.</summary>
public sealed class CssSelectorAttribute : SettingRuleAttribute
{
    public override string? Check(object? value)
    {
        if (value is not string selector) return null;
        try
        {
            Selector.Parse(selector);
            return null;
        }
        catch (SelectorException e)
        {
            return "must be a selector the extractor reads: " + e.Message.TrimEnd('.');
        }
    }
}
