namespace Janalyq.Copies;

/// <summary>An article whose copy status changed: <paramref name="DuplicateOf"/> is its original, null when it is one.</summary>
public readonly record struct CopyAssignment(long Id, long? DuplicateOf);

/// <summary>
/// Finds copies incrementally: a new article is compared only with the articles that share a MinHash band with it
/// (locality-sensitive hashing, <see cref="CopySignature"/>) or that its <c>OriginalUrl</c> links (either way), never with
/// all. Copies form a group; its original is the linked original when a member links one, else the earliest member
/// (then the smallest id). Adding an earlier member or a linked original re-points the others, so
/// <see cref="Add"/> returns every member whose original changed. Not thread-safe: one writer.
/// </summary>
public sealed class CopyIndex(CopyOptions options)
{
    // A band's bucket is the one article in it (most are alone) or a list of them: a list per band would be most of the
    // index's memory.
    private readonly Dictionary<ulong, object> _bands = [];
    private readonly Dictionary<long, CopyItem> _items = [];
    private readonly Dictionary<string, CopyItem> _byUrl = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<CopyItem>> _linking = new(StringComparer.Ordinal);

    /// <summary>Articles in the index (the window: the owner calls <see cref="Forget"/> for those that leave it).</summary>
    public int Count => _items.Count;

    /// <summary>Adds an article; returns the articles (it among them when it is a copy) whose original is now different.</summary>
    public IReadOnlyList<CopyAssignment> Add(long id, string? url, string? originalUrl, long time, string text)
    {
        var item = Insert(id, url, originalUrl, time, text);
        var matches = new List<CopyItem>();
        if (item.Signature is { } signature)
        {
            for (var b = 0; b < CopySignature.Bands; b++)
            {
                if (!_bands.TryGetValue(CopySignature.BandKey(signature, b), out var bucket)) continue;
                if (bucket is CopyItem single) Consider(single);
                else foreach (var other in (List<CopyItem>)bucket) Consider(other);
            }
        }
        void Consider(CopyItem other)
        {
            if (other == item || other.Group == item.Group || matches.Contains(other)) return;
            if (CopySignature.Similarity(item.Signature!, other.Signature!) >= options.MinimumSimilarity) matches.Add(other);
        }
        if (item.OriginalUrl is { } linked && _byUrl.TryGetValue(linked, out var original) && original != item) matches.Add(original);
        if (item.Url is { } own && _linking.TryGetValue(own, out var copies)) matches.AddRange(copies.Where(c => c != item));

        var before = new Dictionary<long, long?>();
        foreach (var group in matches.Select(m => m.Group).Append(item.Group).Distinct())
            foreach (var member in group.Members) before[member.Id] = group.Original == member.Id ? null : group.Original;
        before[item.Id] = null; // a new article had no original
        foreach (var match in matches) Join(item.Group, match.Group);
        item.Group.Elect();
        var changed = new List<CopyAssignment>();
        foreach (var member in item.Group.Members)
        {
            long? now = item.Group.Original == member.Id ? null : item.Group.Original;
            if (!member.Evicted && (!before.TryGetValue(member.Id, out var was) || was != now || member == item))
                changed.Add(new CopyAssignment(member.Id, now));
        }
        return changed;
    }

    /// <summary>Puts back an article analysed earlier (the index rebuilt at start), with the original it was given.</summary>
    public void Restore(long id, string? url, string? originalUrl, long time, string text, long? duplicateOf)
    {
        var item = Insert(id, url, originalUrl, time, text);
        if (duplicateOf is not { } originalId) return;
        if (!_items.TryGetValue(originalId, out var original))
        {
            // The original has left the window: it is the earliest of the group whatever joins later.
            original = new CopyItem(originalId, null, null, long.MinValue, null) { Evicted = true };
        }
        Join(original.Group, item.Group);
        original.Group.Original = originalId;
    }

    /// <summary>Takes an article out (changed or hidden); returns the members of its group whose original changed.</summary>
    public IReadOnlyList<CopyAssignment> Remove(long id)
    {
        if (!_items.TryGetValue(id, out var item)) return [];
        Drop(item);
        var group = item.Group;
        group.Members.Remove(item);
        item.Group = new CopyGroup(item);
        var previous = group.Original;
        if (group.Members.Count == 0) return [];
        group.Elect();
        if (group.Original == previous) return [];
        return group.Members.Where(m => !m.Evicted).Select(m => new CopyAssignment(m.Id, group.Original == m.Id ? null : group.Original)).ToList();
    }

    /// <summary>Forgets an article that left the window (it stays the original of its group).</summary>
    public void Forget(long id)
    {
        if (_items.TryGetValue(id, out var item)) Drop(item);
    }

    private CopyItem Insert(long id, string? url, string? originalUrl, long time, string text)
    {
        if (_items.ContainsKey(id)) Remove(id);
        var item = new CopyItem(id, Normalize(url), Normalize(originalUrl), time, CopySignature.Of(text, options.MinimumWords));
        _items[id] = item;
        if (item.Url is { } own) _byUrl[own] = item;
        if (item.OriginalUrl is { } linked) Bucket(_linking, linked).Add(item);
        if (item.Signature is { } signature)
            for (var b = 0; b < CopySignature.Bands; b++) AddToBand(CopySignature.BandKey(signature, b), item);
        return item;
    }

    private void Drop(CopyItem item)
    {
        item.Evicted = true;
        _items.Remove(item.Id);
        if (item.Url is { } own && _byUrl.TryGetValue(own, out var known) && known == item) _byUrl.Remove(own);
        if (item.OriginalUrl is { } linked) Unlist(_linking, linked, item);
        if (item.Signature is { } signature)
            for (var b = 0; b < CopySignature.Bands; b++) RemoveFromBand(CopySignature.BandKey(signature, b), item);
    }

    private static void Join(CopyGroup into, CopyGroup from)
    {
        if (into == from) return;
        foreach (var member in from.Members)
        {
            member.Group = into;
            into.Members.Add(member);
        }
    }

    private void AddToBand(ulong key, CopyItem item)
    {
        if (!_bands.TryGetValue(key, out var bucket)) _bands[key] = item;
        else if (bucket is CopyItem single) _bands[key] = new List<CopyItem> { single, item };
        else ((List<CopyItem>)bucket).Add(item);
    }

    private void RemoveFromBand(ulong key, CopyItem item)
    {
        if (!_bands.TryGetValue(key, out var bucket)) return;
        if (bucket is CopyItem single)
        {
            if (single == item) _bands.Remove(key);
            return;
        }
        var list = (List<CopyItem>)bucket;
        list.Remove(item);
        if (list.Count == 1) _bands[key] = list[0];
        else if (list.Count == 0) _bands.Remove(key);
    }

    private static List<T> Bucket<TKey, T>(Dictionary<TKey, List<T>> map, TKey key) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        return list;
    }

    private static void Unlist<TKey>(Dictionary<TKey, List<CopyItem>> map, TKey key, CopyItem item) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list)) return;
        list.Remove(item);
        if (list.Count == 0) map.Remove(key);
    }

    /// <summary>URLs compared without fragment, trailing slash or scheme case.</summary>
    internal static string? Normalize(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        var text = url.Trim();
        var hash = text.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0) text = text[..hash];
        text = text.TrimEnd('/');
        if (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) text = "https://" + text[7..];
        return text.ToLowerInvariant();
    }
}

internal sealed class CopyItem
{
    public CopyItem(long id, string? url, string? originalUrl, long time, uint[]? signature)
    {
        Id = id;
        Url = url;
        OriginalUrl = originalUrl;
        Time = time;
        Signature = signature;
        Group = new CopyGroup(this);
    }

    public long Id { get; }
    public string? Url { get; }
    public string? OriginalUrl { get; }
    public long Time { get; }
    public uint[]? Signature { get; }
    public CopyGroup Group { get; set; }

    /// <summary>Out of the index (left the window, changed or hidden); still a member of its group.</summary>
    public bool Evicted { get; set; }
}

internal sealed class CopyGroup(CopyItem first)
{
    public List<CopyItem> Members { get; } = [first];

    /// <summary>The original's id.</summary>
    public long? Original { get; set; } = first.Id;

    /// <summary>The linked original when a member links one (the earliest of them), else the earliest member.</summary>
    public void Elect()
    {
        if (Members.Count == 1) { Original = Members[0].Id; return; }
        var linked = new HashSet<string>(Members.Where(m => m.OriginalUrl is not null).Select(m => m.OriginalUrl!), StringComparer.Ordinal);
        CopyItem? best = null;
        foreach (var member in Members)
        {
            if (best is null || Better(member, best, linked)) best = member;
        }
        Original = best!.Id;
    }

    private static bool Better(CopyItem a, CopyItem b, HashSet<string> linked)
    {
        var aLinked = a.Url is not null && linked.Contains(a.Url);
        var bLinked = b.Url is not null && linked.Contains(b.Url);
        if (aLinked != bLinked) return aLinked;
        if (a.Time != b.Time) return a.Time < b.Time;
        return a.Id < b.Id;
    }
}
