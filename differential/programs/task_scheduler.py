"""Priority task scheduler with dependencies, retries and a simulated clock."""
import heapq
from dataclasses import dataclass, field
from typing import Callable, List, Optional
import itertools

class TaskFailed(Exception):
    pass

@dataclass(order=True)
class Task:
    priority: int
    seq: int
    name: str = field(compare=False)
    duration: int = field(compare=False, default=1)
    deps: List[str] = field(compare=False, default_factory=list)
    fail_times: int = field(compare=False, default=0)
    attempts: int = field(compare=False, default=0)

class Scheduler:
    def __init__(self, workers=2, max_retries=2):
        self.counter = itertools.count()
        self.pending = {}
        self.ready = []
        self.done = {}
        self.failed = set()
        self.workers = workers
        self.max_retries = max_retries
        self.clock = 0
        self.timeline = []

    def add(self, name, priority, duration=1, deps=(), fail_times=0):
        t = Task(priority, next(self.counter), name, duration, list(deps), fail_times)
        self.pending[name] = t

    def _release(self):
        for name in sorted(self.pending):
            t = self.pending[name]
            if all(d in self.done for d in t.deps):
                heapq.heappush(self.ready, t)
                del self.pending[name]
            elif any(d in self.failed for d in t.deps):
                self.failed.add(name)
                del self.pending[name]
                self.timeline.append((self.clock, name, "skipped (dependency failed)"))

    def execute(self, t):
        t.attempts += 1
        if t.attempts <= t.fail_times:
            raise TaskFailed(f"{t.name} attempt {t.attempts} failed")
        return t.duration

    def run(self):
        running = []
        self._release()
        while self.ready or running or self.pending:
            while self.ready and len(running) < self.workers:
                t = heapq.heappop(self.ready)
                try:
                    d = self.execute(t)
                except TaskFailed as e:
                    self.timeline.append((self.clock, t.name, str(e)))
                    if t.attempts > self.max_retries:
                        self.failed.add(t.name)
                        self.timeline.append((self.clock, t.name, "gave up"))
                    else:
                        t.seq = next(self.counter)
                        heapq.heappush(self.ready, t)
                    continue
                heapq.heappush(running, (self.clock + d, t.seq, t.name))
                self.timeline.append((self.clock, t.name, f"start on slot {len(running)}"))
            if not running:
                if not self.ready:
                    self._release()
                    if not self.ready and self.pending:
                        raise RuntimeError(f"deadlock: {sorted(self.pending)}")
                continue
            end, _, name = heapq.heappop(running)
            self.clock = end
            self.done[name] = end
            self.timeline.append((end, name, "done"))
            self._release()
        return self.done

s = Scheduler(workers=2)
s.add("fetch", 1, 3)
s.add("parse", 2, 2, deps=["fetch"])
s.add("lint", 1, 1, fail_times=1)
s.add("test", 2, 4, deps=["parse", "lint"])
s.add("flaky", 3, 1, fail_times=5)
s.add("report", 5, 1, deps=["flaky"])
s.add("package", 4, 2, deps=["test"])
done = s.run()
for when, name, what in s.timeline:
    print(f"t={when:>2} {name:<8} {what}")
print("finished:", sorted(done.items(), key=lambda kv: kv[1]))
print("failed:", sorted(s.failed))
s2 = Scheduler()
s2.add("a", 1, deps=["b"])
s2.add("b", 1, deps=["a"])
try:
    s2.run()
except RuntimeError as e:
    print("RuntimeError:", e)
