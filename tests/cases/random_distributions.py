import random
random.seed(2024)
print(random.uniform(1, 5), random.gauss(0, 1), random.gauss(0, 1))
print(random.normalvariate(10, 2), random.expovariate(1.5))
print(random.triangular(0, 10, 3), random.betavariate(2, 3))
print(random.gammavariate(2.0, 1.0), random.gammavariate(0.5, 1.0), random.gammavariate(1.0, 2.0))
print(random.lognormvariate(0, 1), random.vonmisesvariate(1, 2))
print(random.paretovariate(3), random.weibullvariate(1, 2))
vals = [random.random() for _ in range(1000)]
print(round(sum(vals) / len(vals), 6), min(vals) >= 0, max(vals) < 1)
