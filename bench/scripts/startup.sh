#!/usr/bin/env bash
# Foundation figures: time of the first build, time from `./janalyq` to the first page served on an
# empty data folder (demo import included), and the serving process's memory after a warm-up.
# Usage: bench/scripts/startup.sh [runs]   (prints a Markdown table row per measure)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-3}"
port=18080

first_build() {
  rm -rf "$root/.build"
  local start end
  start=$(date +%s.%N)
  "$root/janalyq" --help >/dev/null 2>&1
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

first_page() {
  local data pid start end rss
  data="$(mktemp -d)"
  start=$(date +%s.%N)
  "$root/janalyq" serve --data "$data" --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do sleep 0.02; done
  end=$(date +%s.%N)
  for _ in $(seq 1 200); do curl -sf -o /dev/null "http://127.0.0.1:$port/"; done
  rss=$(ps -o rss= -p "$(pgrep -f "Janalyq.Web.dll serve --data $data")" | tr -d ' ')
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  rm -rf "$data"
  echo "$(echo "$end - $start" | bc) $rss"
}

echo "| measure | value |"
echo "|---|---|"
echo "| first build (Release publish, from nothing built) | $(first_build) s |"
for i in $(seq 1 "$runs"); do
  read -r secs rss < <(first_page)
  echo "| run $i: \`./janalyq\` to first page, empty data folder (demo import included) | $secs s |"
  echo "| run $i: serving process RSS after 200 requests of / | $((rss / 1024)) MiB |"
done
