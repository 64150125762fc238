#!/usr/bin/env python3
"""A seeded synthetic news stream for `./janalyq analyze` (speed and scale): N articles over N/2000 days, in events of
1-8 articles (ru/kk/en), each article a mix of its event's words, names and numbers and the language's common words.
Usage: bench/scripts/synthetic-stream.py N SEED > stream.jsonl"""
import json, random, sys, datetime
n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
syll = {"ru": "ка ра то ми ло не ва де ст пр ко на ли ре го по ма за бе ви".split(),
        "kk": "қа ра ті мі ла не ба де ст ұл қо на лі ре ғо по ма за бе ві".split(),
        "en": "ka ra to mi lo ne va de st pr co na li re go po ma za be vi".split()}
def word(lang, k): return "".join(rng.choice(syll[lang]) for _ in range(k))
common = {l: [word(l, rng.randint(2, 3)) for _ in range(3000)] for l in syll}
start = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
i = 0
while i < n:
    t = start + datetime.timedelta(seconds=i * 43.2)  # 2,000 articles a day
    names = [word("en", 3).capitalize() for _ in range(3)]
    topic = {l: [word(l, 4) for _ in range(12)] for l in syll}
    for _ in range(rng.randint(1, 8)):
        if i >= n: break
        lang = rng.choice(["ru", "ru", "kk", "en"])
        words = [rng.choice(common[lang]) for _ in range(120)] + [rng.choice(topic[lang]) for _ in range(30)] + names + [str(rng.randint(10, 99))]
        rng.shuffle(words)
        title = " ".join(rng.sample(topic[lang], 4) + names[:1])
        pub = (t + datetime.timedelta(minutes=rng.randint(0, 600))).isoformat()
        print(json.dumps({"id": str(i), "url": f"https://s{rng.randint(1, 50)}.kz/{i}", "title": title, "text": " ".join(words) + ".", "published": pub}, ensure_ascii=False))
        i += 1
