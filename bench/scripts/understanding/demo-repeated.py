#!/usr/bin/env python3
"""/tmp/demo.jsonl (demo-to-jsonl.py) repeated K times, each repeat 20 days later, ids and urls made unique: the speed
file of docs/benchmarks.md (every article has K-1 identical twins far in the past: a worst case for candidates).
Usage: bench/scripts/understanding/demo-repeated.py K > /tmp/demo-x30.jsonl"""
import datetime, json, sys
k = int(sys.argv[1])
lines = [json.loads(l) for l in open('/tmp/demo.jsonl')]
for r in range(k):
    for l in lines:
        t = datetime.datetime.fromisoformat(l["published"]) + datetime.timedelta(days=20 * r)
        print(json.dumps(dict(l, id=f'{l["id"]}#{r}', url=f'{l["url"]}?r={r}', published=t.isoformat(), original_url=None), ensure_ascii=False))
