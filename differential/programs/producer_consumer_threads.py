"""Thread-based worker pool code an agent writes (threading, queue, ThreadPoolExecutor, locks) with deterministic results."""
import threading
import queue
from concurrent.futures import ThreadPoolExecutor, as_completed

def work(n):
    total = 0
    for i in range(n * 1000):
        total += i % 7
    return n, total

results = {}
lock = threading.Lock()
q = queue.Queue()
for n in range(1, 9):
    q.put(n)

def worker(wid):
    while True:
        try:
            n = q.get_nowait()
        except queue.Empty:
            return
        key, val = work(n)
        with lock:
            results[key] = (val, wid)
        q.task_done()

threads = [threading.Thread(target=worker, args=(i,), name=f"w{i}") for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted((k, v[0]) for k, v in results.items()))
print(q.empty(), q.qsize(), all(not t.is_alive() for t in threads), threads[0].name)
with ThreadPoolExecutor(max_workers=4) as ex:
    futures = {ex.submit(work, n): n for n in [5, 3, 8]}
    done = sorted(f.result() for f in as_completed(futures))
    mapped = list(ex.map(lambda x: x * x, range(6)))
print(done, mapped)
def fails():
    raise ValueError("task failed")
with ThreadPoolExecutor() as ex:
    fut = ex.submit(fails)
    try:
        fut.result()
    except ValueError as e:
        print("ValueError from future:", e, fut.done(), type(fut.exception()).__name__)
counter = 0
clock = threading.RLock()
def incr(k):
    global counter
    for _ in range(k):
        with clock:
            with clock:
                counter += 1
ts = [threading.Thread(target=incr, args=(100,)) for _ in range(5)]
[t.start() for t in ts]
[t.join() for t in ts]
print("counter:", counter)
event = threading.Event()
print(event.is_set(), event.wait(0.01))
event.set()
print(event.is_set(), event.wait())
pq = queue.PriorityQueue()
for p, item in [(3, "low"), (1, "urgent"), (2, "normal")]:
    pq.put((p, item))
print([pq.get()[1] for _ in range(3)])
lq = queue.LifoQueue()
for i in range(3):
    lq.put(i)
print([lq.get() for _ in range(3)], threading.current_thread().name, threading.active_count() >= 1)
local = threading.local()
local.x = 5
print(local.x)
