"""Shared machinery of the gold generators of the annotated sets (``tests/data/*/make_gold.py``).

An annotation is ``(doc, kind, surface, occurrence, value)``, as in the seeds' own generator:
``doc`` is the file-name prefix, ``surface`` the exact raw substring (``"in [[Astana]]."`` marks the
span inside a context string, which keeps occurrence numbers small), ``occurrence`` its 0-based index
among the occurrences of that context, and ``value`` the normalised value.  Offsets are computed,
never typed; :func:`checks` enforces the annotation guide's consistency rules before anything is written.
"""
import glob
import json
import os
import sys


# ---------------------------------------------------------------- value helpers
def M(amount, currency, qualifier=None, amount_max=None):
    v = {"amount": amount, "currency": currency}
    if qualifier:
        v["qualifier"] = qualifier
    if amount_max:
        v["amount_max"] = amount_max
    return v


def Q(amount, unit, qualifier=None, amount_max=None):
    v = {"amount": amount, "unit": unit}
    if qualifier:
        v["qualifier"] = qualifier
    if amount_max:
        v["amount_max"] = amount_max
    return v


def O(name):  # noqa: E743 (short helpers keep the annotation tables readable)
    return {"name": name}


def P(name, country, type_):
    v = {"name": name}
    if country:
        v["country"] = country
    v["type"] = type_
    return v


def S(name, date=None, location=None):
    v = {"name": name}
    if date:
        v["date"] = date
    if location:
        v["location"] = location
    return v


def E(type_, date=None, location=None, participants=None, amount=None):
    v = {"type": type_}
    if date:
        v["date"] = date
    if location:
        v["location"] = location
    if participants:
        v["participants"] = list(participants)
    if amount:
        v["amount"] = amount
    return v


def C(name, code):
    return P(name, code, "country")


def CITY(name, code):
    return P(name, code, "city")


def REG(name, code=None):
    return P(name, code, "region")


# ---------------------------------------------------------------- machinery
def load_docs(folder, pattern):
    """Read the documents of ``folder`` matching ``pattern`` exactly as the pipeline does (no newline translation)."""
    docs = {}
    for path in sorted(glob.glob(os.path.join(folder, pattern))):
        doc_id = os.path.basename(path)[:-4]
        with open(path, encoding="utf-8", newline="") as fh:
            docs[doc_id] = fh.read()
    return docs


def locate(raw, surface, n):
    """Return (start, end) of occurrence n of surface; "[[...]]" marks the span inside a context."""
    if "[[" in surface:
        left, rest = surface.split("[[", 1)
        target, right = rest.split("]]", 1)
    else:
        left, target, right = "", surface, ""
    context = left + target + right
    i = -1
    for _ in range(n + 1):
        i = raw.find(context, i + 1)
        if i < 0:
            raise ValueError(f"occurrence {n} of {surface!r} not found")
    start = i + len(left)
    return start, start + len(target)


def build(docs, annotations):
    by_prefix = {d.split("_", 1)[0]: d for d in docs}
    facts = []
    for doc, kind, surface, occ, value in annotations:
        doc_id = by_prefix[doc]
        raw = docs[doc_id]
        start, end = locate(raw, surface, occ)
        text = raw[start:end]
        assert value is not None, surface
        facts.append({"doc": doc_id, "kind": kind, "start": start, "end": end,
                      "text": text, "value": value})
    facts.sort(key=lambda f: (f["doc"], f["start"], f["end"], f["kind"],
                              json.dumps(f["value"], sort_keys=True)))
    return facts


def checks(facts, docs):
    problems = []
    seen = set()
    for f in facts:
        raw = docs[f["doc"]]
        s, e = f["start"], f["end"]
        # 1. spans sit on word boundaries
        if s > 0 and raw[s - 1].isalnum():
            problems.append(("left boundary", f))
        if e < len(raw) and raw[e].isalnum():
            problems.append(("right boundary", f))
        # 2. no exact duplicates
        key = (f["doc"], f["kind"], s, e, json.dumps(f["value"], sort_keys=True))
        if key in seen:
            problems.append(("duplicate", f))
        seen.add(key)
    for doc in docs:
        # 3. flat annotation: organisation / place / summit spans never overlap
        ents = sorted((f for f in facts if f["doc"] == doc and
                       f["kind"] in ("organisation", "place", "summit")),
                      key=lambda f: f["start"])
        for a, b in zip(ents, ents[1:], strict=False):
            if b["start"] < a["end"]:
                problems.append(("overlap", (a, b)))
        # 3b. no two facts of one kind overlap (an occurrence count that lands inside a longer fact:
        #     "6 billion reais" inside "2.6 billion reais", "December 2024" inside a period's range)
        for kind in ("date", "money", "quantity"):
            spans = sorted((f for f in facts if f["doc"] == doc and f["kind"] == kind), key=lambda f: f["start"])
            for a, b in zip(spans, spans[1:], strict=False):
                if b["start"] < a["end"]:
                    problems.append(("overlap", (a, b)))
        # 4. event participants / locations / dates are annotated in the document;
        #    a summit's location is a place of the document or part of its name
        orgs = {f["value"]["name"] for f in facts if f["doc"] == doc and f["kind"] == "organisation"}
        places = {f["value"]["name"] for f in facts if f["doc"] == doc and f["kind"] == "place"}
        dates = {f["value"] for f in facts if f["doc"] == doc and f["kind"] == "date"}
        for f in facts:
            if f["doc"] != doc:
                continue
            v = f["value"]
            if f["kind"] == "event":
                for p in v.get("participants", []):
                    if p not in orgs | places:
                        problems.append(("unknown participant " + p, f))
                if "location" in v and v["location"] not in places:
                    problems.append(("unknown location", f))
                if "date" in v and v["date"] not in dates:
                    problems.append(("event date not a date fact", f))
            if f["kind"] == "summit":
                if "location" in v and v["location"] not in places and v["location"] not in v["name"]:
                    problems.append(("unknown summit location", f))
                if "date" in v and v["date"] not in dates:
                    problems.append(("summit date not a date fact", f))
    return problems


def main(annotations, folder, pattern):
    """Compute the gold of ``folder`` from ``annotations``, check it, and write ``folder/gold.jsonl``."""
    out = os.path.join(folder, "gold.jsonl")
    docs = load_docs(folder, pattern)
    facts = build(docs, annotations)
    problems = checks(facts, docs)
    for p in problems:
        print("PROBLEM", p, file=sys.stderr)
    if problems:
        sys.exit(1)
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for f in facts:
            fh.write(json.dumps(f, ensure_ascii=False) + "\n")
    counts = {}
    for f in facts:
        counts.setdefault(f["doc"].split("_", 1)[0], {}).setdefault(f["kind"], 0)
        counts[f["doc"].split("_", 1)[0]][f["kind"]] += 1
    kinds = ["date", "money", "quantity", "organisation", "place", "summit", "event"]
    print("doc  " + " ".join(f"{k[:5]:>5}" for k in kinds) + "  total")
    for d in sorted(counts):
        row = [counts[d].get(k, 0) for k in kinds]
        print(f"{d}  " + " ".join(f"{n:>5}" for n in row) + f"  {sum(row):>5}")
    print(f"wrote {len(facts)} facts to {out}")
