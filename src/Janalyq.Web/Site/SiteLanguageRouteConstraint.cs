namespace Janalyq.Web.Site;

/// <summary>Route constraint "sitelang": a segment naming one of the interface languages (ru, kk, en).</summary>
internal sealed class SiteLanguageRouteConstraint : IRouteConstraint
{
    public const string Name = "sitelang";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out object? value) && SiteLanguage.Find(value as string) is not null;
}
