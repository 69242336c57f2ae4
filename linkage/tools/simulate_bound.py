#!/usr/bin/env python3
"""Upper bound of linkage accuracy on simulate's population (docs/methods/linkage.md section 9.1).

Usage: simulate_bound.py SIMDIR [CLUSTERS.csv]

Reads SIMDIR/linkage/records.csv, SIMDIR/linkage/truth.csv and SIMDIR/truth/persons.csv (written by
`uncounted simulate`), classifies every true pair of records by the name evidence the two share,
and scores two oracles that link, without error, the pairs sharing a full name reading (and also
the surname-only pairs). With CLUSTERS.csv (record_id,person_id from `uncounted link`) it scores
that linkage the same way. The classification reads simulate's noise model: media and
research-study records carry pseudonyms only; an alias is a name whose given part is one of
simulate's Chinese given names (NameTables.CN_GIVEN); an alias keeps her surname when its first
Hanzi is her Hanja surname (truth/persons.csv).

It also classifies the true pairs by the trajectory evidence they share (the columns
crossing_date, first_sale_date, exploitation_start, exploitation_end, escape_date compared as
linkage's EventDateComparison does: any date more than a year apart or within a year = none;
else agreement points, 1 per date agreeing at year level, 2 at month, 3 at day) and scores
oracles that also link, without error, every pair with at least K points.
"""
import collections
import csv
import datetime
import itertools
import sys

TRAJECTORY = ("crossing_date", "first_sale_date", "exploitation_start", "exploitation_end", "escape_date")


def parse(t):
    """(first day, last day, precision 1 year / 2 month / 3 day) of an imprecise date, or None."""
    if not t:
        return None
    if "/" in t:
        a, b = parse(t.split("/")[0]), parse(t.split("/")[1])
        return (a[0], b[1], 1)
    if t.startswith("~"):
        y = int(t[1:])
        return (datetime.date(y - 1, 1, 1).toordinal(), datetime.date(y + 1, 12, 31).toordinal(), 1)
    p = [int(x) for x in t.split("-")]
    if len(p) == 1:
        return (datetime.date(p[0], 1, 1).toordinal(), datetime.date(p[0], 12, 31).toordinal(), 1)
    if len(p) == 2:
        end = datetime.date(p[0] + p[1] // 12, p[1] % 12 + 1, 1).toordinal() - 1
        return (datetime.date(p[0], p[1], 1).toordinal(), end, 2)
    x = datetime.date(*p).toordinal()
    return (x, x, 3)


def date_level(a, b):
    """4 same day, 3 same month, 2 same year or overlap, 1 within a year, 0 else, None missing."""
    if a is None or b is None:
        return None
    prec = min(a[2], b[2])
    if prec == 3 and a[0] == b[0]:
        return 4
    ma, mb = datetime.date.fromordinal(a[0]), datetime.date.fromordinal(b[0])
    if prec >= 2 and (ma.year, ma.month) == (mb.year, mb.month):
        return 3
    if a[0] <= b[1] and b[0] <= a[1]:
        return 2
    return 1 if max(a[0] - b[1], b[0] - a[1]) <= 366 else 0


def trajectory_points(ra, rb):
    """Agreement points of two records' trajectory dates; 0 when any date disagrees or none is shared."""
    points = 0
    for c in TRAJECTORY:
        lv = date_level(parse(ra.get(c, "")), parse(rb.get(c, "")))
        if lv is None:
            continue
        if lv <= 1:
            return 0
        points += lv - 1
    return points

PSEUDONYM_SOURCES = {"media", "research-study"}
CN_GIVEN = set("丽 娟 芳 燕 红 霞 梅 玲 静 秀英 桂兰 春梅 海燕 丽华 美玲".split()) | set(
    "Li Juan Fang Yan Hong Xia Mei Ling Jing Xiuying Guilan Chunmei Haiyan Lihua Meiling".split())


def main(d, clusters=None):
    recs = {r["record_id"]: r for r in csv.DictReader(open(d + "/linkage/records.csv", encoding="utf-8"))}
    truth = {r["record_id"]: r["person_id"] for r in csv.DictReader(open(d + "/linkage/truth.csv"))}
    pers = {r["person_id"]: r for r in csv.DictReader(open(d + "/truth/persons.csv", encoding="utf-8"))}
    persons = collections.defaultdict(list)
    for k, v in truth.items():
        persons[v].append(k)

    def form(r):
        if r["source"] in PSEUDONYM_SOURCES:
            return "pseudonym"
        return "alias" if r["given_name"] in CN_GIVEN else "name"

    def evidence(a, b):
        fa, fb = form(recs[a]), form(recs[b])
        if "pseudonym" in (fa, fb):
            return 0
        if fa == fb:
            return 2
        p = pers[truth[a]]
        return 1 if p["alias_hanzi"][:1] == p["name_hanja"][:1] else 0

    pairs = [(a, b) for v in persons.values() for a, b in itertools.combinations(v, 2)]
    kinds = collections.Counter(evidence(a, b) for a, b in pairs)
    t = len(pairs)
    print(f"{len(recs)} records, {len(persons)} women, {t} true pairs")
    for k, label in ((2, "full name reading"), (1, "surname only"), (0, "no name evidence")):
        print(f"  {label:18s} {kinds[k]:6d} ({kinds[k] / t:.3f})")

    pts = {(a, b): trajectory_points(recs[a], recs[b]) for a, b in pairs}
    print("  trajectory agreement points of true pairs (0 = none shared or a contradiction):")
    for k, label in ((2, "full name reading"), (1, "surname only"), (0, "no name evidence")):
        sub = [p for p in pairs if evidence(*p) == k]
        hist = collections.Counter(min(pts[p], 7) for p in sub)
        print(f"    {label:18s} " + " ".join(f"{q}{'+' if q == 7 else ''}:{hist[q]}" for q in range(8)))

    def score(pc):
        inv = collections.defaultdict(set)
        for k, v in pc.items():
            inv[v].add(k)
        tp = sum(1 for a, b in pairs if pc[a] == pc[b])
        pp = sum(len(s) * (len(s) - 1) // 2 for s in inv.values())
        p, r = (tp / pp if pp else 1.0), tp / t
        f = 2 * p * r / (p + r) if p + r else 0.0
        bp = br = 0.0
        for k in truth:
            a, b = inv[pc[k]], set(persons[truth[k]])
            i = len(a & b)
            bp += i / len(a)
            br += i / len(b)
        bp, br = bp / len(truth), br / len(truth)
        return f"pairwise P={p:.3f} R={r:.3f} F1={f:.3f} | B-cubed P={bp:.3f} R={br:.3f} F1={2 * bp * br / (bp + br):.3f}"

    def oracle(links):
        """Clusters of an error-free linker that links exactly the true pairs for which links(a, b) holds."""
        parent = {k: k for k in truth}

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for a, b in pairs:
            if links(a, b):
                parent[find(a)] = find(b)
        return {k: find(k) for k in truth}

    for level, label in ((2, "oracle, full-name pairs"), (1, "oracle, + surname-only pairs")):
        print(f"{label:30s} {score(oracle(lambda a, b: evidence(a, b) >= level))}")
    for k_min in (7, 5, 4, 3, 1):
        label = f"oracle, full name or >={k_min} points"
        print(f"{label:30s} {score(oracle(lambda a, b: evidence(a, b) >= 2 or pts[(a, b)] >= k_min))}")
    if clusters:
        pc = {r["record_id"]: r["person_id"] for r in csv.DictReader(open(clusters))}
        print(f"{'linkage ' + clusters:30s} {score(pc)}")


if __name__ == "__main__":
    main(*sys.argv[1:])
