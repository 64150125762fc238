#!/usr/bin/env python3
"""Turns the hand-written label source (daniel-ru.src, one page a line) into daniel-ru.jsonl, checking every
string against the page's own visible text: a first or last sentence or a boilerplate string that is not on the
page is an error to fix by hand. It decides nothing; see README.md.

Source line: ID <TAB> TITLE <TAB> DATE <TAB> FIRST <TAB> LAST <TAB> BOILERPLATE <TAB> NOTE
  TITLE  the headline as written (literal)
  DATE   "YYYY-MM-DD", "YYYY-MM-DD HH:MM" or "YYYY-MM-DD HH:MM +HH:MM"; "-" when the page states no date
  FIRST  "Rn" = the first sentence of the corpus's reference paragraph n, else the literal sentence
  LAST   "Rn" = the last sentence of reference paragraph n ("RL" the last paragraph), else the literal sentence
  BOILERPLATE  strings of page chrome that must not be in the body, ";;" between them ("" for none)
Usage: compile.py DATA_DIR SRC OUT
"""
import hashlib, json, re, sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from candidates import Page, norm, sentences  # noqa: E402
import gzip, html  # noqa: E402


def visible(data, pid):
    raw = gzip.open(f"{data}/html/{pid}.html.gz").read().decode("utf-8", "replace")
    p = Page()
    p.feed(raw)
    return norm(" ".join(p.text))


def split_of(host):
    """Development or held-out half, by outlet (every page of one host in the same half; salt 6 is the first of 0..19 giving halves of 111 and 115 pages)."""
    return "heldout" if hashlib.sha1(f"split6:{host}".encode()).digest()[0] % 2 else "dev"


def main(data, src, out):
    truth = json.load(open(f"{data}/truth.json", encoding="utf-8"))
    rows, bad = [], 0
    for n, line in enumerate(open(src, encoding="utf-8"), 1):
        if not line.strip() or line.startswith("#"):
            continue
        f = line.rstrip("\n").split("\t")
        f += [""] * (7 - len(f))
        pid, title, date, first, last, bp, note = f[:7]
        t = truth[pid]
        text = visible(data, pid)
        paras = [norm(html.unescape(re.sub(r"<[^>]+>", "", x))) for x in t["reference_text"].split("\n") if x.strip()]
        paras = [x for x in paras if x]

        def para(code):
            i = len(paras) - 1 if code == "RL" else int(code[1:]) - 1
            return sentences(paras[i])

        if re.fullmatch(r"R(L|\d+)", first): first = para(first)[0]
        if re.fullmatch(r"R(L|\d+)", last): last = para(last)[-1]
        first, last, title = norm(first), norm(last), norm(title)
        if not title:
            print(f"{src}:{n} {pid}: no title", file=sys.stderr)
            bad += 1
        boiler = [norm(b) for b in bp.split(";;") if b.strip()]
        for what, s in [("first", first), ("last", last)] + [("boilerplate", b) for b in boiler]:
            if s and re.sub(r"\s+", "", s) not in re.sub(r"\s+", "", text):
                print(f"{src}:{n} {pid}: {what} not on the page: {s[:90]}", file=sys.stderr)
                bad += 1
        m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})(?: (\d{2}:\d{2})(?: ([+-]\d{2}:\d{2}))?)?", date)
        if date != "-" and not m:
            print(f"{src}:{n} {pid}: bad date {date}", file=sys.stderr)
            bad += 1
            continue
        host = t["source_file"].split("/")[-1].split("_")[1].removeprefix("www.")
        rows.append({"id": pid, "host": host, "language": "ru", "split": split_of(host), "url": t["url"],
                     "collected": t["source_file"].split("/")[-1].split("_")[0],
                     "title": title.split("||")[0].strip(), "title_alternatives": [x.strip() for x in title.split("||")[1:]], "published_day": m.group(1) if m else None,
                     "published_time": m.group(2) if m else None, "published_offset": m.group(3) if m else None,
                     "first": first or None, "last": last or None, "boilerplate": boiler, "note": note or None})
    with open(out, "w", encoding="utf-8") as o:
        for r in rows:
            o.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} labels, {bad} problems; dev {sum(r['split'] == 'dev' for r in rows)}, held-out {sum(r['split'] == 'heldout' for r in rows)}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
