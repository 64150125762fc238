#!/usr/bin/env bash
# Fuzzes the extractor for a bounded time: bench/Janalyq.Bench/fuzz.sh [SECONDS]  (default 120).
# Without a fuzzing engine on the machine, this runs the harness's in-process mutation fuzzer over AEB
# seed pages. With libFuzzer + the `sharpfuzz` tool, instrument Janalyq.dll and run
# `Janalyq.Bench fuzz --libfuzzer` under libFuzzer instead (see FuzzCommand.cs).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-120}"
dotnet build -c Release bench/Janalyq.Bench >/dev/null
exec timeout $((seconds + 120)) dotnet bench/Janalyq.Bench/bin/Release/net10.0/Janalyq.Bench.dll fuzz --seconds "$seconds"
