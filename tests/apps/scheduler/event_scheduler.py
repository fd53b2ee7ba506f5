"""An event scheduler: a heapq timeline of events simulated deterministically, then the same
jobs run under asyncio with priorities and a queue."""
import asyncio
import heapq
import itertools
from dataclasses import dataclass, field


@dataclass(order=True)
class Event:
    time: int
    priority: int
    seq: int
    name: str = field(compare=False)
    action: object = field(compare=False, repr=False, default=None)


class Scheduler:
    def __init__(self):
        self.queue = []
        self.now = 0
        self.counter = itertools.count()
        self.log = []
        self.cancelled = set()

    def schedule(self, delay, name, action=None, priority=5):
        ev = Event(self.now + delay, priority, next(self.counter), name, action)
        heapq.heappush(self.queue, ev)
        return ev.seq

    def cancel(self, seq):
        self.cancelled.add(seq)

    def run(self, until=None):
        while self.queue:
            ev = self.queue[0]
            if until is not None and ev.time > until:
                break
            heapq.heappop(self.queue)
            if ev.seq in self.cancelled:
                self.log.append(f"t={ev.time} skip {ev.name}")
                continue
            self.now = ev.time
            self.log.append(f"t={ev.time} p={ev.priority} {ev.name}")
            if ev.action:
                ev.action(self)
        return self.now


def make_repeating(name, every, times):
    state = {"left": times}

    def action(s):
        state["left"] -= 1
        if state["left"] > 0:
            s.schedule(every, f"{name}#{times - state['left'] + 1}", action)
    return action


s = Scheduler()
s.schedule(5, "backup", priority=1)
s.schedule(5, "email", priority=3)
s.schedule(0, "boot", priority=0)
s.schedule(2, "tick#1", make_repeating("tick", 3, 4))
doomed = s.schedule(7, "doomed")
s.schedule(6, "canceller", lambda sch: sch.cancel(doomed))
s.schedule(20, "late")
print("stopped at", s.run(until=12))
print("\n".join(s.log))
print("pending:", [e.name for e in sorted(s.queue)])
s.run()
print("last:", s.log[-1], len(s.log))


async def job(name, duration, results, lock):
    await asyncio.sleep(duration)
    async with lock:
        results.append(name)
    return name, duration


async def priority_worker(wid, queue, done):
    while True:
        prio, name = await queue.get()
        if name is None:
            queue.task_done()
            return wid
        await asyncio.sleep(0)
        done.append((wid, prio, name))
        queue.task_done()


async def main():
    results = []
    lock = asyncio.Lock()
    out = await asyncio.gather(job("slow", 0.03, results, lock), job("fast", 0.01, results, lock),
                               job("medium", 0.02, results, lock))
    print("gather order:", out)
    print("completion order:", results)
    queue = asyncio.PriorityQueue()
    for prio, name in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "urgent-2")]:
        queue.put_nowait((prio, name))
    done = []
    workers = [asyncio.create_task(priority_worker(i, queue, done)) for i in range(2)]
    await queue.join()
    for _ in workers:
        queue.put_nowait((99, None))
    finished = await asyncio.gather(*workers)
    print("processed:", [(p, n) for _, p, n in done])
    print("workers finished:", finished)
    timeline = []

    async def at(delay, label):
        await asyncio.sleep(delay)
        timeline.append(label)
    tasks = [asyncio.create_task(at(d / 100, f"{label}@{d}")) for label, d in [("c", 3), ("a", 1), ("b", 2)]]
    await asyncio.wait(tasks)
    print("timeline:", timeline)


asyncio.run(main())
