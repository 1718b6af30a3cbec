"""Text histograms and sparkline-style charts for a small dataset, with binning and percentiles."""
import statistics
import random

rng = random.Random(99)
latencies = [round(rng.lognormvariate(3, 0.6), 1) for _ in range(300)]
latencies += [850.0, 920.5, 1200.0]

def percentile(data, p):
    s = sorted(data)
    k = (len(s) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)

def bins(data, edges):
    counts = [0] * (len(edges) - 1)
    overflow = 0
    for x in data:
        for i in range(len(edges) - 1):
            if edges[i] <= x < edges[i + 1]:
                counts[i] += 1
                break
        else:
            overflow += 1
    return counts, overflow

edges = [0, 10, 20, 30, 50, 75, 100, 200, 500]
counts, overflow = bins(latencies, edges)
peak = max(counts)
print(f"{'bucket':>12} {'n':>4}  chart")
for (lo, hi), n in zip(zip(edges, edges[1:]), counts):
    bar = "#" * round(40 * n / peak)
    print(f"{f'[{lo},{hi})':>12} {n:>4}  {bar}")
print(f"{'>=500':>12} {overflow:>4}")
print("n={} mean={:.2f} median={:.2f} stdev={:.2f}".format(len(latencies), statistics.mean(latencies),
      statistics.median(latencies), statistics.stdev(latencies)))
for p in (50, 90, 95, 99, 99.9):
    print(f"p{p:<5} {percentile(latencies, p):8.2f}")
q = statistics.quantiles(latencies, n=10, method="inclusive")
print("deciles:", [round(x, 1) for x in q])
BLOCKS = " ▁▂▃▄▅▆▇█"
def sparkline(values):
    lo, hi = min(values), max(values)
    span = hi - lo or 1
    return "".join(BLOCKS[int((v - lo) / span * (len(BLOCKS) - 1))] for v in values)
daily = [sum(latencies[i:i + 10]) / 10 for i in range(0, 300, 10)]
print(sparkline(daily))
print(sparkline([1, 2, 3, 4, 5, 6, 7, 8, 9]), sparkline([5, 5, 5]))
heights = [3, 7, 1, 9, 4]
for level in range(max(heights), 0, -1):
    print("".join(" ## " if h >= level else "    " for h in heights))
print("".join(f"{i:^4}" for i in range(len(heights))))
nd = statistics.NormalDist.from_samples(latencies[:300])
print(round(nd.mean, 3), round(nd.stdev, 3), round(statistics.NormalDist(0, 1).inv_cdf(0.975), 6))
print(round(statistics.NormalDist(100, 15).pdf(110), 8), statistics.NormalDist(1, 2) + 3)
