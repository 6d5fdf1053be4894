"""The trace recorder of a Python run.

Events are appended as raw integers, seven each (kind, virtual time in µs,
location id, cause sequence number or -1, a, b, c), packed as int32 (int64 for
a batch holding a number that does not fit, such as a virtual time past 35
minutes; the host then reads each as two int32 words), and handed to
the host in batches; the host encodes them in the trace format every other
part of Looplab reads (app/engine/trace/). Strings are interned here, in the
order the host will intern them, so ids agree on both sides.

Steps (a line of the learner's code runs: by far the most frequent event) are
kept apart, as one int32 location each, and described in the event buffer by
one STEPS record per run of consecutive steps (a: index of the first, b: how
many). A step's time is not stored: it is the time of the event or step before
it plus LINE_COST_US, and an IDLE or BLOCK event (recorded when the wait
begins) moves that base forward by its duration. Every other change of the
clock is followed by an event, whose time is the clock's.

The kinds and codes mirror app/engine/trace/events.ts; a unit test keeps the
two lists equal.
"""

from array import array


class Kind:
    RUN_START = 1
    RUN_END = 2
    TASK_START = 3
    TASK_END = 4
    JOB_ENQUEUE = 5
    JOB_START = 6
    JOB_END = 7
    FRAME_PUSH = 8
    FRAME_POP = 9
    STEP = 10
    PROMISE_CREATE = 11
    PROMISE_SETTLE = 12
    COROUTINE_START = 15
    COROUTINE_END = 16
    TIMER_SET = 20
    TIMER_CLEAR = 21
    IO_START = 22
    IO_COMPLETE = 23
    CONSOLE = 24
    UNCAUGHT_ERROR = 25
    BUDGET_STOP = 28
    PHASE = 29
    IDLE = 30
    TIMER_DUE = 31
    JOB_CANCEL = 32
    TASK_WAIT = 33
    BLOCK = 34
    LABEL = 35
    UNROUTED_REQUEST = 36
    #: Not an event: a run of consecutive Step events in the step buffer (see above).
    STEPS = 63


class LabelTarget:
    COROUTINE = 1
    TIMER = 2
    IO = 3


class Host:
    PYTHON = 2


class EndReason:
    FINISHED = 0
    EXITED = 1
    UNCAUGHT_ERROR = 2
    BUDGET = 4
    STOPPED = 5


class TaskSource:
    SCRIPT = 0


class JobKind:
    TASK_STEP = 6
    TASK_WAKEUP = 7
    CALLBACK = 8


class CoroutineKind:
    TASK = 3


class TimerKind:
    CALL_LATER = 4


class IoKind:
    FETCH = 0
    SERVER_REQUEST = 1
    CHANNEL_MESSAGE = 2
    WORKER_MESSAGE = 4
    EXECUTOR = 7


class ConsoleLevel:
    LOG = 0
    ERROR = 4


class Budget:
    STEPS = 0
    EVENTS = 1
    VIRTUAL_TIME = 2
    WALL_TIME = 3
    CALL_DEPTH = 5
    OUTPUT_BYTES = 6


class Phase:
    MAIN = 0
    PY_READY = 8


class FutureOrigin:
    FUTURE = 9


class Settle:
    RESULT = 0
    EXCEPTION = 1
    CANCELLED = 2


MAX_STRING = 1_000_000


class Recorder:
    """Appends events; calls `on_full(recorder)` every `batch_size` events."""

    __slots__ = (
        'clock', 'buffer', 'steps', 'steps_described', 'seq', 'strings', 'string_ids', 'new_strings',
        'batch_size', 'flush_at', 'on_full', '_closed', 'max_events', '_watch_at', 'on_watch', 'limit',
    )

    def __init__(self, clock, on_full, batch_size=20_000, max_events=2_000_000):
        self.clock = clock
        #: Seven integers per event; a list (appending to it is cheaper than to an array), packed by `take`.
        self.buffer = []
        #: Locations of steps; the monitor appends to it directly (`steps.append`), so it is never replaced.
        self.steps = array('i')
        #: Steps already given their STEPS record (the monitor writes them: _monitor.py `settle`).
        self.steps_described = 0
        self.seq = 0
        self.strings = []
        self.string_ids = {}
        self.new_strings = []
        self.batch_size = batch_size
        self.flush_at = batch_size
        self.on_full = on_full
        self._closed = False
        self.max_events = max_events
        self._watch_at = float('inf')
        self.on_watch = None
        #: The first sequence number at which `emit` must look up from its fast path (a batch is full, or an event is watched).
        self.limit = batch_size - 1

    @property
    def watch_at(self):
        """A run that looks at variables: `on_watch(seq)` is called once event `watch_at` (or a later one) is recorded."""
        return self._watch_at

    @watch_at.setter
    def watch_at(self, value):
        self._watch_at = value
        self.limit = min(self.flush_at - 1, value)

    @property
    def closed(self):
        """Set while nothing is recorded (another thread runs, a budget ran out); lines still cost time."""
        return self._closed

    @closed.setter
    def closed(self, value):
        # Lines that ran before the change are recorded, or not, as the recorder was when they ran.
        clock = self.clock
        if clock.pending:
            clock.settle()
        self._closed = value

    def emit(self, kind, loc=0, cause=-1, a=0, b=0, c=0):
        """Records one event and returns its sequence number (-1 once the recorder is closed)."""
        clock = self.clock
        if clock.pending:
            clock.settle()  # first: the lines that ran before this event become its preceding steps
        if self._closed:
            return -1
        seq = self.seq
        self.buffer += (kind, clock._now, loc, cause, a, b, c)
        self.seq = seq + 1
        if seq >= self.limit:
            self.reached(seq)
        return seq

    def reached(self, seq):
        """Event `seq` was recorded at or past `limit`: a full batch is flushed, a watched event reported."""
        if self.seq >= self.flush_at:
            self.flush()
        if seq >= self._watch_at:
            self.on_watch(seq)

    def flush(self):
        self.flush_at = self.seq + self.batch_size
        self.limit = min(self.flush_at - 1, self._watch_at)
        self.on_full(self)

    def take(self):
        """The raw events, the step locations, the strings added since the last call, and whether the
        events are int64 (else int32); the host calls this from `on_full`, and copies them out before it
        returns (the buffers are then emptied)."""
        buffer = self.buffer
        try:
            return array('i', buffer), self.steps, self.new_strings, False
        except OverflowError:
            pass
        except TypeError:
            # A float among the numbers (none is expected: every field is an integer): rounded.
            buffer = [round(value) for value in buffer]
        return array('q', buffer), self.steps, self.new_strings, True

    def taken(self):
        """The host has copied out what `take` gave it."""
        del self.buffer[:]
        del self.steps[:]
        self.steps_described = 0
        self.new_strings = []

    def intern(self, text):
        if len(text) > MAX_STRING:
            cut = len(text) - MAX_STRING
            text = text[:MAX_STRING] + f'… [{cut} more characters]' + ('\n' if text.endswith('\n') else '')
        known = self.string_ids.get(text)
        if known is not None:
            return known
        sid = len(self.strings)
        self.strings.append(text)
        self.new_strings.append(text)
        self.string_ids[text] = sid
        return sid
