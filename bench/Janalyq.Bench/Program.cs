using Janalyq.Bench;

// The extraction benchmark harness: one verb per measure (docs/benchmarks.md gives each one's command and figures).
var verb = args.Length > 0 ? args[0] : "aeb";
var rest = args.Skip(1).ToArray();
if (verb == "demo") return DemoCommand.Run(rest);
if (verb == "dates") return DatesCommand.Run(rest);
if (verb == "snippets") return SnippetsCommand.Run(rest);
if (verb == "hot") return HotPartsCommand.Run(rest);
if (verb == "language-train") return LanguageTrainCommand.Run(rest);
if (verb == "evidence") return EvidenceCommand.Run(rest);
if (verb == "fuzz") return FuzzCommand.Run(BenchData.DataRoot(), rest);
var dataRoot = BenchData.DataRoot();
if (dataRoot is null)
{
    Console.Error.WriteLine("../shared/data not found (set JANALYQ_SHARED_DATA): nothing to measure.");
    return 2;
}
return verb switch
{
    "aeb" => AebCommand.Run(dataRoot, rest),
    "metadata" => MetadataCommand.Run(dataRoot, rest),
    "speed" => SpeedCommand.Run(dataRoot, rest),
    "trace" => TraceCommand.Run(dataRoot, rest),
    "profile" => ProfileCommand.Run(dataRoot, rest),
    "language" => LanguageCommand.Run(dataRoot, rest),
    "parity" => ParityCommand.Run(dataRoot, rest),
    "categories" => CategoriesCommand.Run(dataRoot, rest),
    "real" => RealCommand.Run(dataRoot, rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Janalyq.Bench aeb [--peers] [--dump DIR] [--worst N] | snippets | demo | metadata | dates | evidence [--seconds N] | language | language-train --sources DIR --model FILE.gz | categories [--folds N] [--verbose] | speed [--runs N] [--warmup N] [--no-js] | hot | parity | real [--heldout] [--peers] [--hosts] [--verbose] | trace | profile | fuzz (docs/benchmarks.md)");
    return 2;
}
