using Janalyq.Demo.Generator.Pages;

namespace Janalyq.Demo.Generator.Layouts;

/// <summary>Renders one page in an outlet's own HTML: its head, chrome, habits and boilerplate.</summary>
internal interface IOutletLayout
{
    string Render(Page page, Site site);
}

internal static class LayoutCatalog
{
    public static IOutletLayout For(string outlet) => outlet switch
    {
        "dala-info" => new DalaInfoLayout(),
        "kapital-press" => new KapitalPressLayout(),
        "vecherniy-gorod" => new VecherniyGorodLayout(),
        "steppe-times" => new SteppeTimesLayout(),
        "ult-aqparat" => new UltAqparatLayout(),
        "eurasia-today" => new EurasiaTodayLayout(),
        _ => throw new ArgumentException($"no layout for {outlet}", nameof(outlet)),
    };
}
