"""Virtual time for a Python run.

The clock counts integer microseconds from the start of the run. Waiting
costs nothing: the event loop jumps the clock to its next timer. Running code
costs time under the cost model (each line of the learner's code that runs
advances the clock by LINE_COST_US, as each statement does in the TypeScript
engine), and `time.sleep` advances it while the whole thread waits, so a
blocking call visibly delays everything else.

`install` replaces the `time` module's clocks (and what reads them: `localtime`,
`strftime`, `datetime.now()`…) with this one for the run, and seeds `random`,
so the same program always gives the same trace.
"""

import datetime
import math
import random
import time
import warnings

#: Virtual µs one executed line of the learner's code costs.
LINE_COST_US = 1

#: The wall-clock start of the run, as `time.time()` reports it (2026-01-01T00:00:00Z).
EPOCH_SECONDS = 1_767_225_600.0

_CLOCKS = (
    'time', 'time_ns', 'monotonic', 'monotonic_ns', 'perf_counter', 'perf_counter_ns', 'sleep', 'process_time', 'process_time_ns',
    'thread_time', 'thread_time_ns', 'localtime', 'gmtime', 'ctime', 'asctime', 'strftime',
)
_real = {name: getattr(time, name) for name in _CLOCKS if hasattr(time, name)}


def wall_ms():
    """Real elapsed time in ms (for the wall-clock budget only)."""
    return _real['perf_counter']() * 1000.0


class Clock:
    """The run's virtual time, in µs (`now`).

    The monitor counts the learner's lines in a buffer of its own without touching the clock (the
    hottest path of a run); `pending` is that buffer and `settle` folds it into the clock, so every
    read or write of `now` first settles the lines that ran before it.
    """

    __slots__ = ('_now', 'pending', 'settle', 'on_block', 'after_block')

    def __init__(self):
        self._now = 0
        #: Lines run but not yet counted (falsy when none are); `settle()` counts them.
        self.pending = ()
        self.settle = None
        #: Called with the µs a `time.sleep` is about to block for (the trace records it when the wait begins).
        self.on_block = None
        #: Called once the clock has moved past the block (budgets are checked).
        self.after_block = None

    @property
    def now(self):
        if self.pending:
            self.settle()
        return self._now

    @now.setter
    def now(self, value):
        if self.pending:
            self.settle()
        self._now = value

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
        if self.on_block is not None:
            self.on_block(us)
        self.now += us
        if self.after_block is not None:
            self.after_block()


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

    # The calendar functions read the clock when given no time: they read the virtual one.
    def localtime(secs=None):
        return saved['localtime'](epoch() if secs is None else secs)

    def gmtime(secs=None):
        return saved['gmtime'](epoch() if secs is None else secs)

    def ctime(secs=None):
        return saved['ctime'](epoch() if secs is None else secs)

    def asctime(t=None):
        return saved['asctime'](localtime() if t is None else t)

    def strftime(format, t=None):
        return saved['strftime'](format, localtime() if t is None else t)

    time.localtime, time.gmtime, time.ctime, time.asctime, time.strftime = localtime, gmtime, ctime, asctime, strftime
    undo_datetime = _install_datetime(epoch)
    random.seed(seed)

    def undo():
        for name, fn in saved.items():
            setattr(time, name, fn)
        undo_datetime()

    return undo


def _module_repr(virtual):
    """The C repr names a subclass by its bare name (`datetime(…)`); the standard type's says `datetime.datetime(…)`."""
    base_repr = virtual.__mro__[1].__repr__

    def __repr__(self):
        text = base_repr(self)
        return f'datetime.{text}' if type(self) is virtual else text

    return __repr__


def _install_datetime(epoch):
    """Makes `datetime.now()`, `today()`, `utcnow()` and `date.today()` read the virtual clock; returns an undo function.

    The C types cannot be changed, so the module's `datetime` and `date` become
    subclasses whose constructors of "now" read `epoch()`; everything else is
    the standard type's.
    """
    real_datetime, real_date = datetime.datetime, datetime.date

    class VirtualDatetime(real_datetime):
        __slots__ = ()

        @classmethod
        def now(cls, tz=None):
            return cls.fromtimestamp(epoch(), tz)

        @classmethod
        def today(cls):
            return cls.fromtimestamp(epoch())

        @classmethod
        def utcnow(cls):
            warnings.warn(
                'datetime.datetime.utcnow() is deprecated and scheduled for removal in a future version. Use timezone-aware '
                'objects to represent datetimes in UTC: datetime.datetime.now(datetime.UTC).',
                DeprecationWarning,
                stacklevel=2,
            )
            return cls.fromtimestamp(epoch(), datetime.timezone.utc).replace(tzinfo=None)

    class VirtualDate(real_date):
        __slots__ = ()

        @classmethod
        def today(cls):
            return cls.fromtimestamp(epoch())

    for virtual, real in ((VirtualDatetime, real_datetime), (VirtualDate, real_date)):
        virtual.__name__, virtual.__qualname__, virtual.__module__ = real.__name__, real.__qualname__, real.__module__
        virtual.__repr__ = _module_repr(virtual)
    datetime.datetime, datetime.date = VirtualDatetime, VirtualDate

    def undo():
        datetime.datetime, datetime.date = real_datetime, real_date

    return undo
