"""The state of one Python run, shared by the loop, the monitor and the output.

It also holds the host's own pending work (a worker thread finishing, a
simulated response arriving), which the loop delivers when it polls, where
CPython's selector would report I/O.
"""

import contextlib
import functools
import heapq
import itertools
import weakref
from asyncio import events, futures, tasks

from ._trace import Kind

_WAIT_WORDS = {
    'Queue.get': 'Queue.get(): an item to arrive in the queue',
    'Queue.put': 'Queue.put(): room in the full queue',
    'Queue.join': 'Queue.join(): every item to be marked done',
    'Lock.acquire': 'Lock.acquire(): the lock to be released',
    'Semaphore.acquire': 'Semaphore.acquire(): a free slot',
    'BoundedSemaphore.acquire': 'BoundedSemaphore.acquire(): a free slot',
    'Event.wait': 'Event.wait(): the event to be set',
    'Condition.wait': 'Condition.wait(): a notify()',
    'Condition.wait_for': 'Condition.wait_for(): its predicate to hold',
    'Barrier.wait': 'Barrier.wait(): the other parties to arrive',
    'TaskGroup.__aexit__': 'TaskGroup: its child tasks to finish',
    'TaskGroup._aexit': 'TaskGroup: its child tasks to finish',
    'wait': 'asyncio.wait(): the tasks it watches',
    '_wait': 'asyncio.wait(): the tasks it watches',
    'wait_for': 'asyncio.wait_for(): the awaitable, or its timeout',
    'shield': 'asyncio.shield(): the shielded awaitable',
    '_AsCompletedIterator._wait_for_one': 'as_completed(): the next task to finish',
    'Timeout.__aexit__': 'asyncio.timeout(): its block to finish',
    'staggered_race': 'staggered_race(): the racers',
}

_CALLBACK_WORDS = {
    '_set_result_unless_cancelled': "asyncio.sleep's timer: wake the sleeping task",
    '_release_waiter': 'asyncio.wait/wait_for: release the waiter',
    '_GatheringFuture': 'gather: a child finished',
    '_done_callback': 'gather: a child finished',
    '_on_task_done': 'TaskGroup: a child task finished',
    'Timeout._on_timeout': 'asyncio.timeout: the deadline passed, cancel the task',
    '_AsCompletedIterator._handle_completion': 'as_completed: a task finished',
    '_AsCompletedIterator._handle_timeout': 'as_completed: the timeout passed',
    '_on_completion': 'asyncio.wait: a task finished',
    '_call_check_cancel': 'shield: the outer future was cancelled',
    '_inner_done_callback': 'shield: the inner task finished',
    '_outer_done_callback': 'shield: the outer future finished',
    '_chain_future.<locals>._call_set_state': 'a chained future settled',
    'BaseEventLoop._run_until_complete_cb': 'run_until_complete: the main task finished, stop the loop',
    '_run_until_complete_cb': 'run_until_complete: the main task finished, stop the loop',
}


def _short_repr(value, limit=40):
    try:
        text = repr(value)
    except Exception:
        text = f'<{type(value).__name__}>'
    return text if len(text) <= limit else text[: limit - 1] + '…'


class HostCallback:
    """Work the host delivers to the loop (a thread or a response finished), named for the trace."""

    __slots__ = ('fn', 'label')

    def __init__(self, fn, label):
        self.fn = fn
        self.label = label

    def __call__(self):
        self.fn()


class Runtime:
    NO_NETWORK = (
        'Looplab runs Python in a sandbox with no network. Simulated servers and routes come from '
        '`from looplab import world` (world.session() is an aiohttp-shaped client).'
    )

    def __init__(self, program, clock, recorder, budgets):
        self.program = program
        self.clock = clock
        self.recorder = recorder
        self.budgets = budgets
        self.monitor = None
        self.executor = None
        #: Task → its id while it is not done (a plain dict: this is looked up for every handle).
        self.task_ids = {}
        self.future_ids = weakref.WeakKeyDictionary()
        self.sleep_timers = weakref.WeakKeyDictionary()
        self.io_labels = weakref.WeakKeyDictionary()
        self.task_names = itertools.count(1)
        self.ids = itertools.count(1_000_000)
        self.host_events = []
        self.host_order = itertools.count()
        self.muted_output = None
        self.output_chars = 0
        self.loops = []

    def next_id(self):
        return next(self.ids)

    def current_cause(self):
        loop = events._get_running_loop()
        if loop not in self.loops:
            loop = self.loops[-1] if self.loops else None
        return loop._current_job_seq if loop is not None else -1

    # -- output ---------------------------------------------------------------

    def count_output(self, chars):
        self.output_chars += chars
        if self.output_chars > self.budgets['maxOutputChars']:
            self.monitor._exhausted('outputChars')

    def console_line(self, level, line):
        recorder = self.recorder
        recorder.emit(Kind.CONSOLE, 0, -1, level, recorder.intern(line))

    @contextlib.contextmanager
    def thread_output(self):
        """Holds what is printed meanwhile, with its virtual times, and mutes the trace (another thread runs)."""
        held, previous = [], self.muted_output
        recorder = self.recorder
        was_closed = recorder.closed
        self.muted_output = held
        recorder.closed = True
        try:
            yield held
        finally:
            self.muted_output = previous
            recorder.closed = was_closed

    # -- host work --------------------------------------------------------------

    def host_event_at(self, at_us, fn, label=None):
        """Runs `fn` when the loop polls at or after `at_us`; with a label, as a ready handle. Returns a token for `cancel_host_event`."""
        entry = (at_us, next(self.host_order), fn, label)
        heapq.heappush(self.host_events, entry)
        return entry

    def cancel_host_event(self, entry):
        """Withdraws host work that has not been delivered (a cancelled request), so the loop no longer waits for it."""
        try:
            self.host_events.remove(entry)
        except ValueError:
            return
        heapq.heapify(self.host_events)

    def next_host_event(self):
        return self.host_events[0][0] if self.host_events else None

    def before_iteration(self, loop):
        """Delivers the host work that is due, where CPython's selector reports I/O."""
        events = self.host_events
        now = self.clock.now
        while events and events[0][0] <= now:
            _, _, fn, label = heapq.heappop(events)
            if label is None:
                fn()
            else:
                loop.call_soon(HostCallback(fn, label))

    def deadlock(self):
        """Nothing is ready, no timer is set and no host work is in flight: CPython would wait forever."""
        self.monitor._exhausted('deadlock')

    def check_virtual_time(self):
        if self.clock.now > self.budgets['maxVirtualMs'] * 1000:
            self.monitor._exhausted('virtualTime')

    # -- words for the views -----------------------------------------------

    def function_label(self, fn):
        code = getattr(fn, '__code__', None)
        if code is not None and code in self.program.code_functions:
            return getattr(fn, '__qualname__', fn.__name__)
        return None

    def describe_callback(self, callback, args=()):
        if isinstance(callback, HostCallback):
            return callback.label
        if isinstance(callback, functools.partial):
            return self.describe_callback(callback.func, callback.args + tuple(args))
        qualname = getattr(callback, '__qualname__', None) or getattr(type(callback), '__qualname__', type(callback).__name__)
        mine = self.function_label(getattr(callback, '__func__', callback))
        if mine is not None:
            shown = ', '.join(_short_repr(a) for a in args[:4]) + (', …' if len(args) > 4 else '')
            return f'{mine}({shown})'
        words = _CALLBACK_WORDS.get(qualname) or _CALLBACK_WORDS.get(qualname.rsplit('.', 1)[-1])
        if words is not None:
            return words
        if qualname.endswith('<locals>._done_callback'):
            return 'gather: a child finished'
        return qualname

    def describe_wait(self, task, waiter):
        """Where the task waits (the learner's location) and for what, in asyncio's words."""
        code_functions = self.program.code_functions
        line_locations = self.program.line_locations
        loc = 0
        innermost = None
        coro = task.get_coro()
        depth = 0
        while coro is not None and depth < 100:
            depth += 1
            code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None) or getattr(coro, 'ag_code', None)
            frame = getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None) or getattr(coro, 'ag_frame', None)
            if code is None:
                break
            if code in code_functions:
                if frame is not None:
                    loc = line_locations.get(frame.f_lineno, loc)
            else:
                innermost = code.co_qualname
            coro = getattr(coro, 'cr_await', None) or getattr(coro, 'gi_yieldfrom', None) or getattr(coro, 'ag_await', None)
        return loc, self._wait_words(waiter, innermost)

    def _wait_words(self, waiter, innermost):
        if isinstance(waiter, tasks.Task):
            return f'the task {waiter.get_name()} to finish'
        label = self.io_labels.get(waiter)
        if label is not None:
            return label
        timer = self.sleep_timers.get(waiter)
        if timer is not None and innermost in (None, 'sleep'):
            return f'asyncio.sleep(): its timer, due at {timer._when * 1000:.3f} ms'.replace('.000 ms', ' ms')
        if innermost in _WAIT_WORDS:
            return _WAIT_WORDS[innermost]
        if type(waiter).__name__ == '_GatheringFuture':
            children = getattr(waiter, '_children', ())
            return f'gather(): {len(children)} awaitables to finish'
        if innermost is not None:
            return f'{innermost}(): a Future'
        if futures.isfuture(waiter):
            return 'a Future to get its result'
        return _short_repr(waiter)
