"""Survey analysis: pivot tables with nested defaultdicts, Likert scores, cross-tabs with percentages, NPS."""
import csv
import io
from collections import defaultdict, Counter
import statistics

DATA = """respondent,region,age_group,satisfaction,recommend,plan
1,North,18-29,4,9,basic
2,South,30-44,2,4,pro
3,North,45-59,5,10,pro
4,East,18-29,3,7,basic
5,South,18-29,5,9,basic
6,East,60+,1,2,pro
7,North,30-44,4,8,team
8,South,45-59,3,6,team
9,East,30-44,4,10,pro
10,North,60+,2,3,basic
11,South,30-44,5,9,team
12,East,45-59,,7,basic
13,North,18-29,4,x,pro
"""

LIKERT = {1: "Very dissatisfied", 2: "Dissatisfied", 3: "Neutral", 4: "Satisfied", 5: "Very satisfied"}
rows = list(csv.DictReader(io.StringIO(DATA)))
clean, dropped = [], []
for r in rows:
    try:
        r["satisfaction"] = int(r["satisfaction"])
        r["recommend"] = int(r["recommend"])
        clean.append(r)
    except ValueError:
        dropped.append(r["respondent"])
print(f"{len(clean)} usable responses; dropped {dropped}")
pivot = defaultdict(lambda: defaultdict(list))
for r in clean:
    pivot[r["region"]][r["plan"]].append(r["satisfaction"])
plans = sorted({r["plan"] for r in clean})
print(f"{'region':<8}" + "".join(f"{p:>8}" for p in plans) + f"{'all':>8}")
for region in sorted(pivot):
    cells = [statistics.mean(pivot[region][p]) if pivot[region][p] else None for p in plans]
    allv = [v for p in plans for v in pivot[region][p]]
    print(f"{region:<8}" + "".join(f"{c:>8.2f}" if c is not None else f"{'-':>8}" for c in cells) + f"{statistics.mean(allv):>8.2f}")
xt = Counter((r["age_group"], r["satisfaction"] >= 4) for r in clean)
groups = sorted({r["age_group"] for r in clean})
for g in groups:
    pos, neg = xt[(g, True)], xt[(g, False)]
    print(f"{g:<6} satisfied {pos}/{pos + neg} = {pos / (pos + neg):.0%}")
dist = Counter(r["satisfaction"] for r in clean)
for k in sorted(LIKERT):
    print(f"{LIKERT[k]:<18} {'*' * dist[k]:<6} {dist[k] / len(clean):6.1%}")
promoters = sum(r["recommend"] >= 9 for r in clean)
detractors = sum(r["recommend"] <= 6 for r in clean)
nps = (promoters - detractors) / len(clean) * 100
print(f"NPS = {nps:+.1f} (promoters {promoters}, detractors {detractors})")
corr = statistics.correlation([r["satisfaction"] for r in clean], [r["recommend"] for r in clean])
print("satisfaction/recommend correlation:", round(corr, 4))
print("mode plan:", statistics.mode(r["plan"] for r in clean), "median recommend:", statistics.median(r["recommend"] for r in clean))
