namespace Janalyq.Evidence;

/// <summary>
/// A language's inflection tails in a trie read from the end of the word, so that every split of a word into
/// prefix + tail is found in one backward walk (no hashing of each candidate tail).
/// </summary>
internal sealed class TailTrie
{
    private char[][] keys = [[]];
    private int[][] children = [[]];
    private bool[] ends = [true]; // the empty tail

    public TailTrie(IEnumerable<string> tails)
    {
        foreach (var tail in tails)
        {
            var node = 0;
            for (var i = tail.Length - 1; i >= 0; i--)
            {
                var next = Step(node, tail[i]);
                if (next < 0)
                {
                    next = keys.Length;
                    Array.Resize(ref keys, next + 1);
                    Array.Resize(ref children, next + 1);
                    Array.Resize(ref ends, next + 1);
                    keys[next] = [];
                    children[next] = [];
                    keys[node] = [.. keys[node], tail[i]];
                    children[node] = [.. children[node], next];
                }
                node = next;
            }
            ends[node] = true;
        }
    }

    /// <summary>The node after reading <paramref name="c"/> (backwards) from <paramref name="node"/>, or -1.</summary>
    public int Step(int node, char c)
    {
        var k = keys[node];
        for (var j = 0; j < k.Length; j++)
            if (k[j] == c) return children[node][j];
        return -1;
    }

    /// <summary>Whether the characters read so far are a whole tail.</summary>
    public bool IsEnd(int node) => ends[node];
}
