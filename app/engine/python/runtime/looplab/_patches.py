"""Points asyncio at the virtual-time loop for one run, and puts everything back afterwards.

- The event loop policy makes `asyncio.run`, `asyncio.Runner`,
  `new_event_loop` and `get_event_loop` give a `VirtualEventLoop`. As CPython
  3.11 does on the main thread, `get_event_loop()` outside a running loop
  makes one (old tutorials start with it).
- No loop is left registered as running (Pyodide registers its own).
- asyncio's task sets iterate in insertion order (see _ordered.py).
"""

import asyncio
import linecache
from asyncio import events, runners, taskgroups, tasks

from ._loop import VirtualEventLoop
from ._ordered import InsertionOrderedSet


class VirtualLoopPolicy(events._BaseDefaultEventLoopPolicy):
    def __init__(self, runtime):
        super().__init__()
        self._runtime = runtime

    def _loop_factory(self):
        loop = VirtualEventLoop(self._runtime)
        self._runtime.loops.append(loop)
        return loop

    def get_event_loop(self):
        if self._local._loop is None:
            self.set_event_loop(self.new_event_loop())
        return self._local._loop


def install(runtime):
    program = runtime.program
    # Tracebacks and warnings show the learner's lines (the file exists only in memory).
    linecache.cache[program.filename] = (len(program.source), None, program.source.splitlines(True), program.filename)
    # Pyodide wraps asyncio.run for its own browser loop; the learner's program gets CPython's.
    previous_run = asyncio.run
    asyncio.run = runners.run
    previous_policy = events._event_loop_policy
    previous_running = events._get_running_loop()
    events._set_running_loop(None)
    events._set_event_loop_policy(VirtualLoopPolicy(runtime))
    modules = (tasks, taskgroups)
    had_set = [(module, module.__dict__.get('set')) for module in modules]
    for module in modules:
        module.set = InsertionOrderedSet

    def undo():
        for module, value in had_set:
            if value is None:
                module.__dict__.pop('set', None)
            else:
                module.set = value
        for loop in runtime.loops:
            if not loop.is_closed() and not loop.is_running():
                loop._ready.clear()
                loop._scheduled.clear()
                loop.close()
        events._set_event_loop_policy(previous_policy)
        events._set_running_loop(previous_running)
        asyncio.run = previous_run
        linecache.cache.pop(program.filename, None)

    return undo
