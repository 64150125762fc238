using System.Diagnostics;
using Janalyq.Extraction;

namespace Janalyq.Bench;

/// <summary>
/// Fuzz target for the extractor's entry point (bytes → <see cref="ArticleExtractor.Extract"/>).
/// `fuzz --libfuzzer` hands it to SharpFuzz under libFuzzer (binary instrumented with `sharpfuzz`);
/// `fuzz --seconds N [--seeds DIR]` runs an in-process mutation loop over seed pages for a bounded time,
/// for machines without a fuzzing engine. Anything but an <see cref="ExtractionException"/> is a crash:
/// the input is saved under bench/Janalyq.Bench/fuzz-crashes/ and becomes a test.
/// </summary>
public static class FuzzCommand
{
    private static readonly DateTimeOffset Fetched = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    /// <summary>One run of the target; exceptions other than ExtractionException escape.</summary>
    public static void Target(ReadOnlySpan<byte> data)
    {
        try { ArticleExtractor.Default.Extract(new RawPage(data.ToArray(), new Uri("https://fuzz.example/a"), null, Fetched)); }
        catch (ExtractionException) { }
    }

    public static int Run(string? dataRoot, string[] args)
    {
        if (args.Contains("--libfuzzer"))
        {
            SharpFuzz.Fuzzer.LibFuzzer.Run(span => Target(span));
            return 0;
        }
        var seconds = int.TryParse(AebCommand.Option(args, "--seconds"), out var s) ? s : 60;
        var seeds = LoadSeeds(dataRoot, AebCommand.Option(args, "--seeds"));
        var random = new Random(int.TryParse(AebCommand.Option(args, "--seed"), out var seed) ? seed : 12345);
        var clock = Stopwatch.StartNew();
        var runs = 0;
        var crashes = 0;
        while (clock.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            var input = Mutate(seeds[random.Next(seeds.Count)], random);
            runs++;
            try { Target(input); }
            catch (Exception e)
            {
                crashes++;
                var dir = Path.Combine(Directory.GetCurrentDirectory(), "bench", "Janalyq.Bench", "fuzz-crashes");
                Directory.CreateDirectory(dir);
                var path = Path.Combine(dir, $"crash-{DateTimeOffset.UnixEpoch.AddTicks(clock.ElapsedTicks).Ticks:x}-{runs}.html");
                File.WriteAllBytes(path, input);
                Console.WriteLine($"CRASH {e.GetType().Name}: {e.Message} → {path}");
            }
        }
        Console.WriteLine($"fuzz: {runs} inputs in {clock.Elapsed.TotalSeconds:0} s from {seeds.Count} seeds, {crashes} crashes");
        return crashes == 0 ? 0 : 1;
    }

    private static List<byte[]> LoadSeeds(string? dataRoot, string? folder)
    {
        var seeds = new List<byte[]>();
        if (folder is not null)
            seeds.AddRange(Directory.GetFiles(folder).Select(File.ReadAllBytes));
        else if (dataRoot is not null)
            seeds.AddRange(BenchData.LoadAeb(dataRoot).Take(40).Select(p => p.Html));
        if (seeds.Count == 0) seeds.Add("<html><body><article><p>Seed, text.</p></article></body></html>"u8.ToArray());
        return seeds;
    }

    /// <summary>Byte flips, cuts, splices and tag soup: cheap mutations that reach odd parser states.</summary>
    private static byte[] Mutate(byte[] seed, Random random)
    {
        var data = new List<byte>(seed.Length > 200_000 ? seed[..200_000] : seed);
        var steps = random.Next(1, 8);
        for (var i = 0; i < steps && data.Count > 0; i++)
        {
            var at = random.Next(data.Count);
            switch (random.Next(6))
            {
                case 0: data[at] = (byte)random.Next(256); break;
                case 1: data.RemoveRange(at, Math.Min(data.Count - at, random.Next(1, 4096))); break;
                case 2: data.InsertRange(at, "<div><p><table><tr><td><script>"u8.ToArray()); break;
                case 3:
                    var from = random.Next(data.Count);
                    data.InsertRange(at, data.GetRange(from, Math.Min(512, data.Count - from)));
                    break;
                case 4: data.InsertRange(at, Enumerable.Repeat((byte)'<', random.Next(1, 64))); break;
                default: data.InsertRange(at, "\"'></a></p></div><!--<![CDATA[&#xFFFFFF;&nbsp"u8.ToArray()); break;
            }
        }
        return data.ToArray();
    }
}
