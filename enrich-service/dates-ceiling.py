#!/usr/bin/env python3
"""Sorts the date enricher's value misses on a TimeML gold file into categories, and estimates the
value F1 a consistent gold would allow (docs/dates.md, "What is left").

Usage: dates-ceiling.py GOLD.jsonl SYSTEM.jsonl [CATEGORY-PREFIX]
  prints the count per category, then the value F1 with each kind of gold problem counted right;
  with a category prefix, also every miss of those categories (text, gold value, system value).

A gold expression misses its value when no system expression overlaps it (missing) or the
overlapping one has another value (wrong); a system expression overlapping no gold one is
spurious. Pairing is the scorer's own (shared/eval/score_dates.py, relaxed matching). The
categories are tests on the text and the two values, not on document ids: they are meant to
separate the gold's own inconsistencies from the rules' errors, and are approximate.
Python 3 stdlib only.
"""
import datetime
import os
import re
import sys
from collections import defaultdict



def _scorer_dir():
    """shared/eval, holding score_dates.py: $SAYLINE_SHARED/eval, else a folder above the gold file."""
    if os.environ.get("SAYLINE_SHARED"):
        return os.path.join(os.environ["SAYLINE_SHARED"], "eval")
    d = os.path.dirname(os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "."))
    while d != os.path.dirname(d) and not os.path.exists(os.path.join(d, "score_dates.py")):
        d = os.path.dirname(d)
    return d


sys.path.insert(0, _scorer_dir())
from score_dates import read_jsonl, relaxed_match, spans  # noqa: E402

WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
          "nov": 11, "dec": 12}
GOLD_ERROR = "gold error"
SEED_CONVENTION = "seed/TIDES convention"
NARRATIVE = "narrative time"
MARKING = "marking"

# category -> the kind of gold problem it is (None: a rule error, or a convention the gold splits)
CATEGORIES = {
    "gold typo: the value contradicts the date written (1988 as 1998, a weekday off by one)": GOLD_ERROR,
    "gold notation outside its own majority (2000-W7, T17, P1E, PXC, DATE P1W)": GOLD_ERROR,
    "gold underspecified (1948-XX, 1989-WXX, 1988-QX) where the text resolves it": GOLD_ERROR,
    "decade notation (gold 196X or 196)": SEED_CONVENTION,
    "part of day: gold gives the day, seeds and TIMEX3 TNI/TMO": SEED_CONVENTION,
    "SET notation (gold XXXX-XX-XX, seeds P1D)": SEED_CONVENTION,
    "weekday of an earlier week: story set a week before its creation time": NARRATIVE,
    "weekday past or future by the tense": None,
    "results story: year, quarter or day for the same phrase": None,
    "vague plural: PAST_REF/FUTURE_REF or a duration for the same phrase": None,
    "this/last/next week: a month, a day, P1W or a week": None,
    "the weekend: P2D, a day or a week-end": None,
    "DATE/DURATION swap": None,
    "other": None,
    "missing: adverbs and adjectives (current, recent, soon, previously)": MARKING,
    "missing: other": None,
    "spurious: now, currently, recently, daily, annually": MARKING,
    "spurious: other": None,
}
UNMARKED_BY_SEEDS = {"current", "recent", "soon", "already", "previously", "earlier", "once", "future", "yet",
                     "then", "then current", "as soon as possible", "from time to time", "a later date"}
MARKED_BY_SEEDS = {"now", "currently", "recently", "daily", "annually", "the future", "the time being",
                   "the moment", "presently", "most recently", "quarterly", "per second"}


def day(value):
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)", value or "")
    return datetime.date(*map(int, m.groups())) if m else None


def wrong_category(dct, gold_text, gold_type, gold_value, sys_type, sys_value):
    g = gold_text.lower()
    weekday = next((w for w in WEEKDAYS if w in g), None)
    gd, sd = day(gold_value), day(sys_value)
    year = re.search(r"\b(1[89]\d\d|20\d\d)\b", gold_text)
    month = re.match(r"([a-z]{3})[a-z]*\.? \d", g)
    if (year and re.match(r"\d{4}", gold_value) and not gold_value.startswith(year.group(1)) and "ago" not in g
            or weekday and gd and gd.weekday() != WEEKDAYS[weekday]
            or month and month.group(1) in MONTHS and gd and gd.month != MONTHS[month.group(1)]
            or re.match(r"\d{4}", gold_value) and re.match(r"\d{4}", sys_value)
            and sorted(gold_value[:4]) == sorted(sys_value[:4]) and abs(int(gold_value[:4]) - int(sys_value[:4])) >= 9):
        return "gold typo: the value contradicts the date written (1988 as 1998, a weekday off by one)"
    if (re.search(r"-W\d$", gold_value) or re.search(r"T\d\d$", gold_value) or gold_value in ("P1E", "PXC", "PXE", "P2L")
            or gold_type == "DATE" and gold_value in ("P1W", "P100Y")):
        return "gold notation outside its own majority (2000-W7, T17, P1E, PXC, DATE P1W)"
    if "X" in gold_value and not gold_value.startswith(("P", "XXXX")):
        if re.fullmatch(r"\d{3}X|19XX", gold_value) and re.fullmatch(r"\d{2,3}", sys_value):
            return "decade notation (gold 196X or 196)"
        return "gold underspecified (1948-XX, 1989-WXX, 1988-QX) where the text resolves it"
    if weekday and gd and sd and gd.weekday() == sd.weekday() and abs((gd - sd).days) >= 7:
        published = day(dct)
        if gd < published and sd < published:
            return "weekday of an earlier week: story set a week before its creation time"
        return "weekday past or future by the tense"
    if re.search(r"T(NI|MO|AF|EV)$", sys_value) and gd and gd == sd:
        return "part of day: gold gives the day, seeds and TIMEX3 TNI/TMO"
    if (gold_value in ("PAST_REF", "FUTURE_REF") and sys_value.startswith("P")
            or sys_value in ("PAST_REF", "FUTURE_REF") and gold_value.startswith("P")):
        return "vague plural: PAST_REF/FUTURE_REF or a duration for the same phrase"
    if re.search(r"year ago|year earlier|year-ago|year-earlier|\d{4} period|last year|quarter|latest period", g):
        return "results story: year, quarter or day for the same phrase"
    if g.endswith("weekend"):
        return "the weekend: P2D, a day or a week-end"
    if re.search(r"(this|last|next) week", g):
        return "this/last/next week: a month, a day, P1W or a week"
    if gold_type == "SET":
        return "SET notation (gold XXXX-XX-XX, seeds P1D)"
    if gold_type != sys_type and {gold_type, sys_type} <= {"DATE", "DURATION"}:
        return "DATE/DURATION swap"
    return "other"


def main():
    gold, system = read_jsonl(sys.argv[1]), read_jsonl(sys.argv[2])
    show = sys.argv[3] if len(sys.argv) > 3 else None
    found = defaultdict(list)
    n_gold = n_sys = tp = 0
    for doc_id, g in gold.items():
        text, dct = g["text"], (g.get("publishedAt") or "")[:10]
        gs, ss = spans(g.get("dates")), spans(system.get(doc_id, {}).get("dates"))
        n_gold += len(gs)
        n_sys += len(ss)
        pairs = relaxed_match(gs, ss)
        for a, b in pairs:
            ga, sa = gs[a][2], ss[b][2]
            gv, sv = str(ga.get("value")).strip(), str(sa.get("value")).strip()
            if gv == sv:
                tp += 1
                continue
            cat = wrong_category(dct, text[gs[a][0]:gs[a][1]], str(ga.get("type")).upper(), gv,
                                 str(sa.get("type")).upper(), sv)
            found[cat].append((doc_id, text[gs[a][0]:gs[a][1]], gv, sv))
        for a in set(range(len(gs))) - {a for a, _ in pairs}:
            t = text[gs[a][0]:gs[a][1]]
            cat = ("missing: adverbs and adjectives (current, recent, soon, previously)"
                   if t.lower() in UNMARKED_BY_SEEDS else "missing: other")
            found[cat].append((doc_id, t, gs[a][2].get("value"), "-"))
        for b in set(range(len(ss))) - {b for _, b in pairs}:
            t = text[ss[b][0]:ss[b][1]]
            cat = "spurious: now, currently, recently, daily, annually" if t.lower() in MARKED_BY_SEEDS \
                else "spurious: other"
            found[cat].append((doc_id, t, "-", ss[b][2].get("value")))
    for cat in sorted(found, key=lambda c: -len(found[c])):
        print(f"{len(found[cat]):5d}  {cat}")

    def f1(t, s, g):
        p, r = t / s, t / g
        return f"P {p:.3f} R {r:.3f} value F1 {2 * p * r / (p + r):.4f}"

    def count(kind):
        return sum(len(v) for c, v in found.items() if CATEGORIES[c] == kind)

    print(f"\nnow                                   {tp:5d}  {f1(tp, n_sys, n_gold)}")
    t = tp + count(GOLD_ERROR)
    print(f"+ gold errors counted right           {t:5d}  {f1(t, n_sys, n_gold)}")
    t += count(SEED_CONVENTION)
    print(f"+ seed/TIDES value conventions        {t:5d}  {f1(t, n_sys, n_gold)}")
    t += count(NARRATIVE)
    print(f"+ narrative a week before the DCT     {t:5d}  {f1(t, n_sys, n_gold)}")
    unmarked = len(found["missing: adverbs and adjectives (current, recent, soon, previously)"])
    marked = len(found["spurious: now, currently, recently, daily, annually"])
    t += marked
    print(f"+ marking as the seed guidelines      {t:5d}  {f1(t, n_sys, n_gold - unmarked + marked)}")
    if show:
        for cat, rows in found.items():
            if cat.startswith(show):
                for r in rows:
                    print("\t".join(map(str, r)))


if __name__ == "__main__":
    main()
