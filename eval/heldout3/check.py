#!/usr/bin/env python3
"""Checks the gold of this set without running Axiswatch: every gold file parses, its document
exists, every event evidence occurs exactly once in the document's text, every entity form, exchange
form and screening form occurs in it, and every sanctions entry names an exchange.

For an HTML document the text is every text node (tags removed, entities unescaped), a superset of
what any reader keeps, so 'exactly once' there is exactly once in what Axiswatch reads too.

usage: python3 eval/heldout3/check.py"""
import html
import json
import re
import sys
from pathlib import Path

here = Path(__file__).resolve().parent


def text_of(path):
    t = path.read_text(encoding="utf-8")
    if path.suffix in (".html", ".htm"):
        t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", t)
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return t


def check(gold_path):
    problems = []
    g = json.loads(gold_path.read_text(encoding="utf-8"))
    doc = here / "docs" / g["document"]["file"]
    if not doc.exists():
        return [f"no document {doc.name}"]
    text = text_of(doc)
    for e in g["entities"]:
        for f in e["forms"]:
            if f not in text:
                problems.append(f'entity {e["name"]}: form "{f}" not in text')
    ids = set()
    for v in g["events"]:
        n = text.count(v["evidence"])
        if n != 1:
            problems.append(f'event {v["id"]}: evidence occurs {n} times')
        if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", v["date"]):
            problems.append(f'event {v["id"]}: bad date {v["date"]}')
        if v["id"] in ids:
            problems.append(f'event {v["id"]}: duplicate id')
        ids.add(v["id"])
    xids = set()
    for x in g["exchanges"]:
        xids.add(x["id"])
        if not any(f in text for f in x["forms"]):
            problems.append(f'exchange {x["id"]}: no form in text')
        for f in x["forms"]:
            if f not in text:
                problems.append(f'exchange {x["id"]}: form "{f}" not in text')
    for s in g.get("sanctions") or []:
        if s["exchange"] not in xids:
            problems.append(f'sanctions: no exchange {s["exchange"]}')
    for h in (g.get("screening") or {}).get("hits", []):
        if not any(f in text for f in h["forms"]):
            problems.append(f'screening {h["ref"]}: no form in text')
    return problems


def main():
    bad = 0
    for p in sorted((here / "gold").glob("*.gold.json")):
        try:
            problems = check(p)
        except (json.JSONDecodeError, KeyError) as e:
            problems = [f"cannot read: {e}"]
        print(f'{p.name}: {"ok" if not problems else str(len(problems)) + " problem(s)"}')
        for q in problems:
            print(f"  {q}")
        bad += bool(problems)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
