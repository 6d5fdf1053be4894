"""Virtual time for a Python run.

The clock counts integer microseconds from the start of the run. Waiting
costs nothing: the event loop jumps the clock to its next timer. Running code
costs time under the cost model (each line of the learner's code that runs
advances the clock by LINE_COST_US, as each statement does in the TypeScript
engine), and `time.sleep` advances it while the whole thread waits, so a
blocking call visibly delays everything else.

`install` replaces the `time` module's clocks with this one for the run, and
seeds `random`, so the same program always gives the same trace.
"""

import math
import random
import time

#: Virtual µs one executed line of the learner's code costs.
LINE_COST_US = 1

#: The wall-clock start of the run, as `time.time()` reports it (2026-01-01T00:00:00Z).
EPOCH_SECONDS = 1_767_225_600.0

_CLOCKS = ('time', 'time_ns', 'monotonic', 'monotonic_ns', 'perf_counter', 'perf_counter_ns', 'sleep', 'process_time', 'process_time_ns', 'thread_time', 'thread_time_ns')
_real = {name: getattr(time, name) for name in _CLOCKS if hasattr(time, name)}


def wall_ms():
    """Real elapsed time in ms (for the wall-clock budget only)."""
    return _real['perf_counter']() * 1000.0


class Clock:
    __slots__ = ('now', 'on_block')

    def __init__(self):
        self.now = 0
        #: Called with the µs a `time.sleep` blocked for (the trace records it).
        self.on_block = None

    def seconds(self):
        return self.now / 1e6

    def advance_to_seconds(self, when):
        """Moves the clock forward to `when` (seconds), never back; returns the µs waited."""
        target = math.ceil(when * 1e6)
        waited = target - self.now
        if waited <= 0:
            return 0
        self.now = target
        return waited

    def block(self, seconds):
        if seconds < 0:
            raise ValueError('sleep length must be non-negative')
        us = round(seconds * 1e6)
        if us <= 0:
            return
        self.now += us
        if self.on_block is not None:
            self.on_block(us)


def install(clock, seed):
    """Points the time module at the virtual clock and seeds random; returns an undo function."""
    saved = {name: getattr(time, name) for name in _real}

    def seconds():
        return clock.now / 1e6

    def nanoseconds():
        return clock.now * 1000

    def epoch():
        return EPOCH_SECONDS + clock.now / 1e6

    def epoch_ns():
        return int(EPOCH_SECONDS) * 1_000_000_000 + clock.now * 1000

    def sleep(secs):
        if not isinstance(secs, (int, float)):
            raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer or float")
        if math.isnan(secs):
            raise ValueError('Invalid value NaN (not a number)')
        clock.block(secs)

    time.time = epoch
    time.time_ns = epoch_ns
    for name in ('monotonic', 'perf_counter', 'process_time', 'thread_time'):
        if name in saved:
            setattr(time, name, seconds)
    for name in ('monotonic_ns', 'perf_counter_ns', 'process_time_ns', 'thread_time_ns'):
        if name in saved:
            setattr(time, name, nanoseconds)
    time.sleep = sleep
    random.seed(seed)

    def undo():
        for name, fn in saved.items():
            setattr(time, name, fn)

    return undo
