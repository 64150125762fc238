#!/usr/bin/env python3
"""The demo corpus's manifest as `analyze` input (/tmp/demo.jsonl), its truth (/tmp/demo-truth.json) for score-demo.py,
and every pair of its articles labelled (/tmp/demo.jsonl.pairs: url, url, OK|BAD, language, language) for the bench."""
import itertools, json
m = json.load(open('demo/corpus/manifest.json'))
with open('/tmp/demo.jsonl', 'w') as f:
    for p in m:
        f.write(json.dumps({"id": p["url"], "url": p["url"], "title": p["title"], "text": (p.get("lead") or "") + "\n\n" + p["text"],
                            "published": p["published"], "site": p["site"], "original_url": p.get("original_url")}, ensure_ascii=False) + "\n")
json.dump({p["url"]: (p["event"], p["language"], p.get("original_url")) for p in m}, open('/tmp/demo-truth.json', 'w'))
json.dump([[a["url"], b["url"], "OK" if a["event"] == b["event"] else "BAD", a["language"], b["language"]]
           for a, b in itertools.combinations(m, 2)], open('/tmp/demo.jsonl.pairs', 'w'))
