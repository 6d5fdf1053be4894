"""`world.create_worker(fn)`: CPU-bound work in parallel, as app/engine/runtime/world/worker.ts.

    def crunch(n):
        world.cpu(200)            # 200 ms of CPU time, on the worker's thread
        return n * n

    worker = world.create_worker(crunch)
    results = await asyncio.gather(worker.run(3), other.run(4))

`run(value)` returns a future at once, as `loop.run_in_executor` does, and
the job is modelled as the executor's jobs are (see _executor.py): it runs
now on the worker's own virtual timeline (starting when the worker is free:
one worker's jobs queue up, different workers run side by side), its cost is
measured, and its result reaches the loop as host I/O when that CPU time has
passed. The input and the result are copies. What the job prints appears at
the virtual times it printed.

What differs from a real thread: the job's side effects happen when it is
submitted, not spread over its run.
"""

import asyncio
import inspect

from ._trace import IoKind
from ._world_io import HostIo, clone, main_thread_only, optional_string, required_callable


class Worker:
    def __init__(self, runtime, fn, name):
        self._runtime = runtime
        self._fn = fn
        self.name = name
        self._busy_until = 0
        self._jobs = 0

    def busy_until(self):
        """Virtual time (ms) at which the worker will have finished the jobs it was given."""
        return max(self._busy_until, self._runtime.clock.now) / 1000

    def run(self, value=None):
        runtime = self._runtime
        main_thread_only(runtime, 'worker.run')
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        self._jobs += 1
        job = self._jobs
        label = f'worker {self.name} #{job}'
        ok, outcome, printed, done_at = self._run_job(value)
        if ok:
            try:
                if inspect.isawaitable(outcome):
                    if inspect.iscoroutine(outcome):
                        outcome.close()
                    raise TypeError(f'world.create_worker: the worker {self.name} returned an awaitable. A worker runs synchronous CPU work: return a value.')
                outcome = clone(outcome, f'worker {self.name}')
            except TypeError as error:
                ok, outcome = False, error
        self._busy_until = done_at
        for at, level, line in printed:
            runtime.host_event_at(at, lambda level=level, line=line: runtime.console_line(level, line))

        def arrive():
            if future.done():
                return
            if ok:
                future.set_result(outcome)
            else:
                future.set_exception(outcome)

        outcome_words = 'its result arrives' if ok else 'it failed'
        HostIo(runtime, IoKind.WORKER_MESSAGE, label, done_at - runtime.clock.now, arrive, handle_label=f'{label}: {outcome_words}', failed=not ok)
        runtime.io_labels[future] = f'{label} to finish (worker thread)'
        return future

    def _run_job(self, value):
        """Runs the job on the worker's timeline; the loop's clock and location are put back afterwards."""
        runtime = self._runtime
        clock = runtime.clock
        monitor = runtime.monitor
        saved_now, saved_loc = clock.now, monitor.loc
        try:
            data = clone(value, 'worker.run')
        except TypeError as error:
            return False, error, [], saved_now
        clock.now = max(saved_now, self._busy_until)
        ok, outcome = False, None
        try:
            with runtime.thread_output() as printed:
                try:
                    outcome = self._fn(data)
                    ok = True
                except Exception as error:
                    outcome = error
            done_at = clock.now
        finally:
            clock.now = saved_now
            monitor.loc = saved_loc
        return ok, outcome, printed, done_at

    def __repr__(self):
        return f'<Worker {self.name}: {self._jobs} jobs>'


def create_worker(runtime, counter, fn, name=None):
    where = 'world.create_worker'
    required_callable(where, 'the worker function', fn)
    if inspect.iscoroutinefunction(fn):
        raise TypeError(f'{where}: the worker function must be a plain def (synchronous CPU work), not async def.')
    given = optional_string(where, 'name', name)
    number = next(counter)
    fn_name = getattr(fn, '__name__', '')
    if given is None:
        given = fn_name if fn_name and fn_name != '<lambda>' else f'#{number}'
    return Worker(runtime, fn, given)
