"""Simulated host I/O for the Python world: one operation in flight, traced.

Every request, server arrival and response, channel message and worker
result of `looplab.world` is a `HostIo`: IoStart when it begins (with a
readable label and the learner's location), delivered by the loop when it
polls at or after its due time (where CPython's selector would report the
socket ready), IoComplete when it arrives (caused by its IoStart, as in the
TypeScript engine), or IoComplete "cancelled" when the task waiting for it is
cancelled first. What the arrival does runs as a named handle in the ready
queue (as a transport's read callback does in real asyncio), so the views
show "response to GET /users/1" waiting its turn.

Also here: the checks every `world` function applies to its arguments, with
messages that name the option, as app/engine/runtime/world/validate.ts does.
"""

import contextlib
import copy
import math
from asyncio import events

from ._runtime import HostCallback
from ._trace import Kind

CANCELLED = 2


def js_round(x):
    """JavaScript's Math.round (halves go up), so times agree with the TypeScript world."""
    return math.floor(x + 0.5)


def ms_to_us(ms):
    return max(0, js_round(ms * 1000))


class Labelled(HostCallback):
    """A callback the loop runs (with any arguments), named for the trace and the views."""

    __slots__ = ()

    def __call__(self, *args):
        self.fn(*args)


@contextlib.contextmanager
def delivered(runtime, loop, seq):
    """Host work delivered at a poll: what it schedules names `seq` (its IoComplete) as cause, and no line of the learner's."""
    monitor = runtime.monitor
    saved_loc = monitor.loc
    monitor.loc = 0
    previous = loop._current_job_seq if loop is not None else None
    if loop is not None and seq >= 0:
        loop._current_job_seq = seq
    try:
        yield
    finally:
        monitor.loc = saved_loc
        if loop is not None:
            loop._current_job_seq = previous


class HostIo:
    """One simulated operation: started now, delivered `delay_us` later unless cancelled."""

    __slots__ = ('_runtime', 'id', 'start_seq', 'due', 'failed', 'pending', '_entry', '_arrive', '_handle_label')

    def __init__(self, runtime, kind, label, delay_us, arrive, handle_label=None, failed=False):
        recorder = runtime.recorder
        self._runtime = runtime
        self.id = runtime.next_id()
        self.start_seq = recorder.emit(Kind.IO_START, runtime.monitor.loc, runtime.current_cause(), self.id, kind, recorder.intern(label))
        self.due = runtime.clock.now + max(0, int(delay_us))
        self.failed = failed
        self.pending = True
        self._arrive = arrive
        self._handle_label = handle_label
        self._entry = runtime.host_event_at(self.due, self._complete)

    def _complete(self):
        if not self.pending:
            return
        self.pending = False
        runtime = self._runtime
        seq = runtime.recorder.emit(Kind.IO_COMPLETE, 0, self.start_seq, self.id, 1 if self.failed else 0)
        loop = events._get_running_loop()
        with delivered(runtime, loop, seq):
            if self._handle_label is None or loop is None:
                self._arrive()
            else:
                loop.call_soon(Labelled(self._arrive, self._handle_label))

    def cancel(self):
        """Ends the operation as cancelled (a no-op once it arrived); returns whether it was in flight."""
        if not self.pending:
            return False
        self.pending = False
        runtime = self._runtime
        runtime.cancel_host_event(self._entry)
        runtime.recorder.emit(Kind.IO_COMPLETE, runtime.monitor.loc, self.start_seq, self.id, CANCELLED)
        return True


def main_thread_only(runtime, what):
    """Simulated I/O cannot start inside a worker job or an executor function (their trace is muted)."""
    if runtime.muted_output is not None:
        raise RuntimeError(
            f'{what} is not available inside a worker job or an executor function: that is synchronous CPU work on another thread '
            '(use world.cpu(ms) to spend time there).'
        )


def clone(value, what):
    """The copy a message or a worker's input travels as (another thread never shares the sender's objects)."""
    try:
        return copy.deepcopy(value)
    except Exception as error:
        raise TypeError(f'{what}: {type(value).__name__} objects cannot be sent to another thread ({error}).') from None


# -- argument checks -----------------------------------------------------------


def optional_ms(where, name, value):
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not (value >= 0) or value == math.inf:
        raise ValueError(f'{where}: "{name}" must be a number of milliseconds ≥ 0, got {value!r}.')
    return value


def optional_count(where, name, value, minimum):
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ValueError(f'{where}: "{name}" must be a whole number ≥ {minimum}, got {value!r}.')
    return value


def required_count(where, name, value, minimum):
    if value is None:
        raise TypeError(f'{where}: "{name}" is required (a whole number ≥ {minimum}).')
    return optional_count(where, name, value, minimum)


def optional_string(where, name, value):
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f'{where}: "{name}" must be a string, got {type(value).__name__}.')
    return value


def required_callable(where, name, value):
    if not callable(value):
        raise TypeError(f'{where}: {name} must be a function, got {type(value).__name__}.')
    return value
