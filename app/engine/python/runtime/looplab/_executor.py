"""`run_in_executor` and `asyncio.to_thread`, modelled: threads cannot start here.

A function handed to an executor runs at once, on its own virtual timeline:
the clock is saved, the function runs (its lines cost time, `time.sleep`
blocks only it), and the clock is put back, so the event loop's thread never
waited. The work then shows as host I/O in flight for as long as it took, on
a pool of workers (the default executor has ThreadPoolExecutor's default size
for a 4-core machine: 8), and its future settles when it is done. What the
function prints appears at the virtual times it printed.

What differs from real threads: the function's side effects happen when it is
submitted, not spread over its run.
"""

import contextvars
import heapq
from asyncio import events, tasks

from ._trace import IoKind, Kind, LabelTarget

DEFAULT_WORKERS = 8


class Executors:
    def __init__(self, runtime):
        self._runtime = runtime
        self._pools = {}

    def _free_at(self, executor):
        key = id(executor) if executor is not None else 0
        pool = self._pools.get(key)
        if pool is None:
            size = getattr(executor, '_max_workers', DEFAULT_WORKERS) if executor is not None else DEFAULT_WORKERS
            pool = [0] * max(1, int(size))
            self._pools[key] = pool
        return pool

    def submit(self, loop, executor, func, args):
        runtime = self._runtime
        clock = runtime.clock
        recorder = runtime.recorder
        future = loop.create_future()
        pool = self._free_at(executor)
        begin = max(clock.now, pool[0])
        name = runtime.describe_callback(func, args)
        io_id = runtime.next_id()
        recorder.emit(Kind.IO_START, runtime.monitor.loc, runtime.current_cause(), io_id, IoKind.EXECUTOR, recorder.intern(f'{name} (worker thread)'))
        recorder.emit(Kind.LABEL, 0, -1, LabelTarget.IO, io_id, recorder.intern(name))
        saved = clock.now
        clock.now = begin
        outcome = None
        error = None
        # A worker thread has no running loop and no current task (it may run a loop of its own with asyncio.run).
        running = events._get_running_loop()
        current = tasks._swap_current_task(running, None) if running is not None else None
        events._set_running_loop(None)
        with runtime.thread_output() as printed:
            try:
                # A worker thread has a context of its own, empty (asyncio.to_thread passes the caller's in).
                outcome = contextvars.Context().run(func, *args)
            except BaseException as caught:
                if runtime.monitor.stopped is not None:
                    raise
                error = caught
            finally:
                events._set_running_loop(running)
                if running is not None:
                    tasks._swap_current_task(running, current)
        done_at = clock.now
        clock.now = saved
        heapq.heapreplace(pool, done_at)

        for at, level, line in printed:
            runtime.host_event_at(at, lambda level=level, line=line: runtime.console_line(level, line))

        def complete():
            recorder.emit(Kind.IO_COMPLETE, 0, -1, io_id, 1 if error is not None else 0)
            if future.cancelled():
                return
            if error is not None:
                future.set_exception(error)
            else:
                future.set_result(outcome)

        runtime.host_event_at(done_at, complete)
        runtime.io_labels[future] = f'{name} to finish in a worker thread'
        return future
