#!/usr/bin/env python3
"""How many true pairs of simulate's population leave blocking nothing to meet on.

Usage: completeness_bound.py SIMDIR [SIMDIR ...]

Counts, with the truth, the true pairs of records that share no name evidence (as
simulate_bound.py classifies it), no agreeing trajectory date and no event month, and of those
how many also lack a shared birth year. Such a pair can only become a candidate through coarse
keys (home province, province in China, an event year), whose blocks hold hundreds of records.
"""
import collections
import csv
import itertools
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import simulate_bound as sb  # noqa: E402
for d in sys.argv[1:]:
    recs = {r["record_id"]: r for r in csv.DictReader(open(d + "/linkage/records.csv", encoding="utf-8"))}
    truth = {r["record_id"]: r["person_id"] for r in csv.DictReader(open(d + "/linkage/truth.csv"))}
    pers = {r["person_id"]: r for r in csv.DictReader(open(d + "/truth/persons.csv", encoding="utf-8"))}
    persons = collections.defaultdict(list)
    for k, v in truth.items(): persons[v].append(k)
    def form(r):
        if r["source"] in sb.PSEUDONYM_SOURCES: return "pseudonym"
        return "alias" if r["given_name"] in sb.CN_GIVEN else "name"
    def evidence(a, b):
        fa, fb = form(recs[a]), form(recs[b])
        if "pseudonym" in (fa, fb): return 0
        if fa == fb: return 2
        p = pers[truth[a]]
        return 1 if p["alias_hanzi"][:1] == p["name_hanja"][:1] else 0
    def shared_month(a, b):
        for c in sb.TRAJECTORY + ("arrest_date",):
            x, y = sb.parse(recs[a].get(c, "")), sb.parse(recs[b].get(c, "")) 
            if x and y and sb.date_level(x, y) >= 3: return True
        return False
    pairs = [(a, b) for v in persons.values() for a, b in itertools.combinations(v, 2)]
    nothing = [p for p in pairs if evidence(*p) == 0 and sb.trajectory_points(recs[p[0]], recs[p[1]]) == 0 and not shared_month(*p)]
    by = collections.Counter()
    for a, b in nothing:
        ya, yb = recs[a]["birth_year"], recs[b]["birth_year"]
        by['same birth year' if ya and ya == yb else 'birth year missing or different'] += 1
    print(d, len(pairs), "true pairs; no name evidence, no agreeing trajectory date, no shared event month:", len(nothing), f"({len(nothing)/len(pairs):.3f})", dict(by))
