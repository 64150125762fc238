using Janalyq.Markup;
using Microsoft.Extensions.Options;

namespace Janalyq.Extraction;

/// <summary>
/// Checks every per-host rule's selectors at start: a selector outside the subset the extractor reads
/// (<see cref="Selector"/>) fails the start with the setting's name, instead of silently matching nothing.
/// </summary>
internal sealed class HostRuleValidation : IValidateOptions<ExtractionOptions>
{
    public ValidateOptionsResult Validate(string? name, ExtractionOptions options)
    {
        var failures = new List<string>();
        foreach (var (host, rule) in options.HostRules)
        {
            Check($"Extraction:HostRules:{host}:Body", rule.Body);
            for (var i = 0; i < rule.Drop.Count; i++) Check($"Extraction:HostRules:{host}:Drop:{i}", rule.Drop[i]);
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);

        void Check(string setting, string? selector)
        {
            if (selector is null) return;
            try { Selector.Parse(selector); }
            catch (SelectorException e) { failures.Add($"{setting}: {e.Message}"); }
        }
    }
}
