using System.Diagnostics.Tracing;

namespace Janalyq.Bench;

/// <summary>Counts large-object-heap allocations by type and by the stage running (sampled: one event per ~100 KB).</summary>
internal sealed class LohListener : EventListener
{
    public Dictionary<string, int> ByStage { get; } = [];
    public string Stage { get; set; } = "";

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword: AllocationTick
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null) return;
        var kind = e.PayloadNames!.IndexOf("AllocationKind") is var k and >= 0 ? Convert.ToInt32(e.Payload[k], System.Globalization.CultureInfo.InvariantCulture) : -1;
        if (kind != 1) return;
        var type = e.PayloadNames.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t] as string : "?";
        var key = $"{Stage} {type}";
        lock (ByStage) ByStage[key] = ByStage.GetValueOrDefault(key) + 1;
    }
}
