#!/usr/bin/env python3
"""Prints, for labelling by hand, what a page's own source says: <title>, og:title, JSON-LD headline, h1/h2,
date metadata, <time> elements, date-like strings of the visible text with their context and position, the
corpus's reference paragraphs (to find the body's first and last sentence) and widget strings seen on the page.

It chooses nothing: the labeller reads this and writes the label (bench/labels/README.md). Stdlib only.
Usage: candidates.py DATA_DIR ID...   (DATA_DIR: ../shared/data/daniel-ru)
"""
import gzip, html, json, re, sys
from html.parser import HTMLParser

MONTHS = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня"
DATE = re.compile(r"(\d{1,2}[./]\d{1,2}[./](?:19|20)?\d{2}\b|\b(?:19|20)\d{2}-\d{2}-\d{2}|\d{1,2}\s+(?:" + MONTHS + r")(?:\s+(?:19|20)\d{2})?|[Сс]егодня|[Вв]чера|\b\d{1,2}:\d{2}\b)", re.I)
WIDGETS = re.compile(r"(Оцените|опечат|Читайте также|Читать также|Смотрите также|Просмотр|Комментари|Поделиться|Версия для печати|Все права|Подпис|Реклама|Также по теме|Новости по теме|Похожие|Ранее|Источник)", re.I)


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.stack = []
        self.text = []
        self.title = ""
        self.metas = []
        self.heads = []  # (tag, text, class)
        self.times = []
        self.ld = []
        self._cap = None  # (tag, parts, attrs)
        self._script = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style", "noscript"):
            self.skip += 1
            if tag == "script" and "ld+json" in (a.get("type") or ""):
                self._script = []
            return
        if tag == "meta":
            self.metas.append(a)
        if tag in ("title", "h1", "h2", "h3", "time") and self._cap is None:
            self._cap = (tag, [], a, len(" ".join(self.text)))
        if a.get("itemprop") in ("datePublished", "dateCreated", "dateModified", "headline", "name") and tag != "meta":
            self.times.append(("itemprop=" + a["itemprop"], a.get("datetime") or a.get("content") or ""))
        if tag in ("p", "div", "br", "li", "tr", "h1", "h2", "h3", "td", "span") and not self.skip:
            self.text.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript"):
            self.skip = max(0, self.skip - 1)
            if self._script is not None:
                self.ld.append("".join(self._script))
                self._script = None
            return
        if self._cap and self._cap[0] == tag:
            t, parts, a, pos = self._cap
            s = re.sub(r"\s+", " ", "".join(parts)).strip()
            if t == "title": self.title = s
            elif t == "time": self.times.append(("time " + (a.get("datetime") or ""), s))
            else: self.heads.append((t, s, a.get("class") or a.get("id") or "", pos))
            self._cap = None

    def handle_data(self, data):
        if self._script is not None:
            self._script.append(data)
        if self.skip:
            return
        if self._cap:
            self._cap[1].append(data)
        self.text.append(data)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def sentences(p):
    return [s for s in re.split(r"(?<=[.!?…])\s+(?=[«\"„(А-ЯЁA-Z0-9])", p) if s]


def show(data, pid):
    truth = json.load(open(f"{data}/truth.json", encoding="utf-8"))[pid]
    raw = gzip.open(f"{data}/html/{pid}.html.gz").read().decode("utf-8", "replace")
    p = Page()
    p.feed(raw)
    text = norm(html.unescape(" ".join(p.text))) if False else norm(" ".join(p.text))
    host = truth["source_file"].split("/")[-1].split("_")[1]
    day = truth["source_file"].split("/")[-1].split("_")[0]
    print(f"== {pid} {host} collected {day} url={truth['url']}  (visible text {len(text)} chars)")
    print(f"  T : {p.title}")
    for m in p.metas:
        k = (m.get("property") or m.get("name") or m.get("itemprop") or m.get("http-equiv") or "").lower()
        if k in ("og:title", "twitter:title", "title", "mrc__share_title") or re.search(r"date|time|publish|created|modified", k):
            print(f"  M : {k} = {m.get('content')}")
    for block in p.ld:
        for key in ("headline", "datePublished", "dateModified"):
            for v in re.findall(r'"' + key + r'"\s*:\s*"([^"]*)"', block):
                print(f"  LD: {key} = {v}")
    for t, s, c, pos in p.heads[:5]:
        print(f"  {t.upper()}: [{100 * pos // max(1, len(' '.join(p.text)))}%] {s[:160]}  ({c[:30]})")
    for k, v in p.times[:8]:
        print(f"  TM: {k} | {v[:80]}")
    seen, last = 0, -100
    for m in DATE.finditer(text):
        if m.start() - last < 40:
            continue
        last = m.start()
        ctx = text[max(0, m.start() - 45): m.end() + 35]
        print(f"  D : [{100 * m.start() // max(1, len(text))}%] …{ctx}…")
        seen += 1
        if seen >= 9:
            break
    paras = [norm(html.unescape(re.sub(r"<[^>]+>", "", x))) for x in truth["reference_text"].split("\n") if x.strip()]
    paras = [x for x in paras if x]
    for i, x in enumerate(paras):
        if i < 3 or i >= len(paras) - 2:
            ss = sentences(x)
            f, l = (ss[0] if ss else x), (ss[-1] if ss else x)
            print(f"  R{i + 1}{'L' if i == len(paras) - 1 else ''}: first[{'Y' if f in text else 'N'}] {f[:150]}")
            if i >= len(paras) - 2:
                print(f"      last[{'Y' if l in text else 'N'}] {l[-150:]}")
    hits = []
    for m in WIDGETS.finditer(text):
        hits.append(f"[{100 * m.start() // max(1, len(text))}%] {text[max(0, m.start() - 15): m.end() + 45]}")
    for h in hits[:7]:
        print(f"  W : {h}")


if __name__ == "__main__":
    for pid in sys.argv[2:]:
        show(sys.argv[1], pid)
