namespace Janalyq.Tests.Site;

/// <summary>A clock stopped at a chosen moment, so "today" and "yesterday" in listings are predictable.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
