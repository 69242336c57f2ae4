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
"""
import collections
import csv
import itertools
import sys

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

    for level, label in ((2, "oracle, full-name pairs"), (1, "oracle, + surname-only pairs")):
        parent = {k: k for k in truth}

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for a, b in pairs:
            if evidence(a, b) >= level:
                parent[find(a)] = find(b)
        print(f"{label:30s} {score({k: find(k) for k in truth})}")
    if clusters:
        pc = {r["record_id"]: r["person_id"] for r in csv.DictReader(open(clusters))}
        print(f"{'linkage ' + clusters:30s} {score(pc)}")


if __name__ == "__main__":
    main(*sys.argv[1:])
