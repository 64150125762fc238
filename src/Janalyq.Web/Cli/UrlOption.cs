using System.CommandLine;

namespace Janalyq.Web.Cli;

/// <summary>An --url option: an absolute http(s) address, refused with a clear message otherwise.</summary>
internal static class UrlOption
{
    public static Option<string?> Create(string description)
    {
        var option = new Option<string?>("--url") { Description = description };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && Parse(value) is null)
                result.AddError($"--url '{value}' is not an absolute http(s) address.");
        });
        return option;
    }

    public static Uri? Parse(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;
}
