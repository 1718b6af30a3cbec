import threading, queue
from concurrent.futures import ThreadPoolExecutor, as_completed, wait

results = []
lock = threading.Lock()
def worker(n):
    with lock:
        results.append(n * n)
threads = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), lock.locked())
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count())
class Counter:
    def __init__(self):
        self.n = 0
        self.lock = threading.RLock()
    def incr(self):
        with self.lock:
            with self.lock:
                self.n += 1
c = Counter()
ts = [threading.Thread(target=c.incr) for _ in range(10)]
[t.start() for t in ts]
[t.join() for t in ts]
print(c.n)
l = threading.Lock()
print(l.acquire(), l.acquire(blocking=False), l.acquire(timeout=0.01))
l.release()
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError:", e)
ev = threading.Event()
print(ev.is_set(), ev.wait(0))
ev.set()
print(ev.wait(), ev.is_set())
sem = threading.BoundedSemaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release(); sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)
t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
print(t.is_alive())
names = []
def who():
    names.append(threading.current_thread().name)
threading.Thread(target=who, name="custom").start()
print(names)
data = threading.local()
data.x = 1
print(data.x)
with ThreadPoolExecutor(max_workers=3) as ex:
    futs = [ex.submit(pow, 2, i) for i in range(5)]
    print([f.result() for f in futs])
    print(list(ex.map(lambda x: x + 1, [1, 2, 3])))
    print(sorted(f.result() for f in as_completed(futs)))
    bad = ex.submit(lambda: 1 / 0)
    print(type(bad.exception()).__name__, bad.done())
    try:
        bad.result()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    done, not_done = wait(futs)
    print(len(done), len(not_done))
q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.qsize(), q.get(), q.get_nowait(), q.empty())
q.get()
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
pq = queue.PriorityQueue()
for v in [5, 1, 3]:
    pq.put(v)
print([pq.get() for _ in range(3)])
lq = queue.LifoQueue(maxsize=2)
lq.put(1); lq.put(2)
print(lq.full(), lq.get())
try:
    lq.put(3); lq.put_nowait(4)
except queue.Full:
    print("Full")
