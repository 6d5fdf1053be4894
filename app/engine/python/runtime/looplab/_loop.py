"""Looplab's asyncio event loop: CPython's own loop, on virtual time, traced.

`VirtualEventLoop` subclasses `asyncio.BaseEventLoop`, so every asyncio
feature (tasks, futures, gather, locks, queues, TaskGroup, timeouts) runs the
standard library's code unchanged. What differs is the one method that turns
the loop, `_run_once`, which keeps CPython's algorithm step for step (drop
cancelled timers, wait for the next timer, move due timers to the ready queue,
run the handles that were ready when the iteration began) with two changes:

- there is no selector: when nothing is ready the clock jumps to the next
  timer, so `await asyncio.sleep(5)` costs no real time (it jumps as far as
  CPython's epoll wait would sleep: to the next whole millisecond after the
  wait began, so timers due within that millisecond run together, as in
  CPython);
- every step is recorded: a handle joining the ready queue (JobEnqueue), a
  timer set, cancelled or due, each handle run (JobStart / JobEnd), tasks
  created, what each task waits for after its step, tasks finishing.

Timers that fall due at the same virtual instant run in the order they were
scheduled (a real clock always tells them apart; a virtual one needs a tie
breaker).
"""

import contextvars
import functools
import heapq
import inspect
import itertools
import math
import re
from asyncio import base_events, events, futures, tasks
from asyncio.log import logger

from ._trace import CoroutineKind, JobKind, Kind, LabelTarget, Phase, Settle, TimerKind

_MIN_SCHEDULED = base_events._MIN_SCHEDULED_TIMER_HANDLES
_MIN_CANCELLED_FRACTION = base_events._MIN_CANCELLED_TIMER_HANDLES_FRACTION
_ids = itertools.count(1)


class TracedHandle(events.Handle):
    # What the handle is, decided once when it is scheduled: its job id, JobKind, subject, and its task (or None).
    __slots__ = ('_looplab_id', '_looplab_kind', '_looplab_subject', '_looplab_task')


class TracedTimerHandle(events.TimerHandle):
    __slots__ = ('_looplab_id', '_looplab_order', '_looplab_set_seq', '_looplab_kind', '_looplab_subject', '_looplab_task')

    def __lt__(self, other):
        if isinstance(other, TracedTimerHandle):
            return (self._when, self._looplab_order) < (other._when, other._looplab_order)
        return super().__lt__(other)

    def __gt__(self, other):
        if isinstance(other, TracedTimerHandle):
            return (self._when, self._looplab_order) > (other._when, other._looplab_order)
        return super().__gt__(other)

    __hash__ = events.TimerHandle.__hash__


_new_handle = object.__new__
_copy_context = contextvars.copy_context


# Reprs (in "Exception in callback" reports, debug output) name the classes as CPython does.
TracedHandle.__name__ = TracedHandle.__qualname__ = 'Handle'
TracedTimerHandle.__name__ = TracedTimerHandle.__qualname__ = 'TimerHandle'


# Written out in the hottest records (a global is cheaper to read than a class attribute).
_JOB_ENQUEUE, _JOB_START, _JOB_END = Kind.JOB_ENQUEUE, Kind.JOB_START, Kind.JOB_END
_TASK_STEP, _TASK_WAKEUP = JobKind.TASK_STEP, JobKind.TASK_WAKEUP
#: The type of the C Task's bound `__step` (each step of a task is scheduled as one), learned from the first seen.
_step_wrapper = None
_AUTO_NAME = re.compile(r'Task-\d+')


@functools.lru_cache(maxsize=32)
def _accepts_name(factory):
    """Whether a task factory takes `name=` (asyncio.eager_task_factory does; an old two-argument factory does not)."""
    try:
        parameters = inspect.signature(factory).parameters.values()
    except (TypeError, ValueError):
        return False
    return any(p.kind is p.VAR_KEYWORD or (p.name == 'name' and p.kind is not p.POSITIONAL_ONLY) for p in parameters)


#: Tasks asyncio.run creates for its own clean-up once the main task is done.
_RUNNER_TASKS = {
    'BaseEventLoop.shutdown_asyncgens': 'asyncio.run finishing: close async generators',
    'BaseEventLoop.shutdown_default_executor': 'asyncio.run finishing: shut the default executor down',
    'VirtualEventLoop.shutdown_default_executor': 'asyncio.run finishing: shut the default executor down',
}


def _owner_task(callback):
    owner = getattr(callback, '__self__', None)
    if not isinstance(owner, tasks.Task):
        return None
    return None if getattr(owner.get_coro(), '__qualname__', None) in _RUNNER_TASKS else owner


def _runner_task_words(callback):
    owner = getattr(callback, '__self__', None)
    if isinstance(owner, tasks.Task):
        return _RUNNER_TASKS.get(getattr(owner.get_coro(), '__qualname__', None))
    return None


def _is_step(callback):
    global _step_wrapper
    kind = type(callback)
    if kind is _step_wrapper:
        return True
    if kind.__name__ == 'TaskStepMethWrapper':
        _step_wrapper = kind
        return True
    func = getattr(callback, '__func__', None)
    return func is not None and func.__name__ in ('__step', '_Task__step')


class VirtualEventLoop(base_events.BaseEventLoop):
    """An asyncio loop whose clock is virtual and whose every step is in the trace."""

    def __init__(self, runtime):
        super().__init__()
        self._runtime = runtime
        self._clock = runtime.clock
        self._recorder = runtime.recorder
        self._monitor = runtime.monitor
        self._task_ids = runtime.task_ids
        self._future_ids = runtime.future_ids
        self._task_names = runtime.task_names
        self._order = itertools.count()
        self._current_job_seq = -1
        self._sleep_timers = runtime.sleep_timers
        self._clock_resolution = 1e-9

    # -- what the selector loop would provide -------------------------------

    def _process_events(self, event_list):
        pass

    def _write_to_self(self):
        pass

    def time(self):
        return self._clock.now / 1e6

    # -- tasks and futures --------------------------------------------------

    def create_task(self, coro, **kwargs):
        # Tasks are named Task-1, Task-2, … per run (CPython's counter is global to the interpreter).
        if kwargs.get('name') is not None:
            return super().create_task(coro, **kwargs)
        factory = self._task_factory
        if factory is None or _accepts_name(factory):
            kwargs['name'] = f'Task-{next(self._task_names)}'
            return super().create_task(coro, **kwargs)
        task = super().create_task(coro, **kwargs)
        if _AUTO_NAME.fullmatch(task.get_name()):
            task.set_name(f'Task-{next(self._task_names)}')
        return task

    def create_future(self):
        return futures.Future(loop=self)

    def _task_id(self, task):
        known = self._task_ids.get(task)
        if known is not None:
            return known
        tid = next(_ids)
        self._task_ids[task] = tid
        coro = task.get_coro()
        code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
        fn = self._runtime.program.code_functions.get(code, -1) if code is not None else -1
        recorder = self._recorder
        label = task.get_name()
        if fn < 0:
            label = f'{label} ({getattr(coro, "__qualname__", type(coro).__name__)})'
        recorder.emit(Kind.LABEL, 0, -1, LabelTarget.COROUTINE, tid, recorder.intern(label))
        recorder.emit(Kind.COROUTINE_START, self._monitor.loc, self._current_job_seq, tid, fn, CoroutineKind.TASK)
        return tid

    def future_id(self, future):
        known = self._future_ids.get(future)
        if known is None:
            known = next(_ids)
            self._future_ids[future] = known
        return known

    # -- scheduling ---------------------------------------------------------

    def _classify(self, handle, callback, args=()):
        """Decides what a ready handle is (once, when it joins the ready queue) and keeps it on the handle.
        (`_call_soon` decides the commonest case itself: a step or wakeup of a task already seen.)"""
        task = _owner_task(callback)
        if task is not None:
            kind, subject = (JobKind.TASK_STEP if _is_step(callback) else JobKind.TASK_WAKEUP), self._task_id(task)
        else:
            words = _runner_task_words(callback)
            kind, subject = JobKind.CALLBACK, self._recorder.intern(words or self._runtime.describe_callback(callback, args))
        try:
            handle._looplab_kind = kind
            handle._looplab_subject = subject
            handle._looplab_task = task
        except AttributeError:
            pass  # a handle made outside this loop's scheduling (no slots for the cache): classified again when it runs
        return kind, subject

    def call_soon(self, callback, *args, context=None):
        if self._debug:
            return super().call_soon(callback, *args, context=context)
        if self._closed:
            raise RuntimeError('Event loop is closed')
        return self._call_soon(callback, args, context)

    def _call_soon(self, callback, args, context):
        if self._debug:
            handle = TracedHandle(callback, args, self, context)
            if handle._source_traceback:
                del handle._source_traceback[-1]
        else:
            # What Handle.__init__ does outside debug mode, without its call (this runs for every handle scheduled).
            handle = _new_handle(TracedHandle)
            handle._context = _copy_context() if context is None else context
            handle._loop = self
            handle._callback = callback
            handle._args = args
            handle._cancelled = False
            handle._repr = None
            handle._source_traceback = None
        owner = getattr(callback, '__self__', None)
        # A step or wakeup of a task already seen (runner tasks never are): the commonest handle of all.
        subject = self._task_ids.get(owner) if isinstance(owner, tasks.Task) else None
        if subject is not None:
            kind = _TASK_STEP if type(callback) is _step_wrapper or _is_step(callback) else _TASK_WAKEUP
            handle._looplab_kind = kind
            handle._looplab_subject = subject
            handle._looplab_task = owner
        else:
            kind, subject = self._classify(handle, callback, args)
        jid = next(_ids)
        handle._looplab_id = jid
        # Recorded as `Recorder.emit` records it, written out: this runs for every handle scheduled.
        monitor = self._monitor
        if monitor.lines:
            monitor.settle()
        recorder = self._recorder
        if not recorder._closed:
            seq = recorder.seq
            recorder.buffer += (_JOB_ENQUEUE, self._clock._now, monitor._loc, self._current_job_seq, jid, kind, subject)
            recorder.seq = seq + 1
            if seq >= recorder.limit:
                recorder.reached(seq)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        # The program has one real thread (worker threads are modelled), so this schedules as call_soon does, traced.
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon_threadsafe')
        handle = self._call_soon(callback, args, context)
        if handle._source_traceback:
            del handle._source_traceback[-1]
        self._write_to_self()
        return handle

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_at')
        timer = TracedTimerHandle(when, callback, args, self, context)
        if timer._source_traceback:
            del timer._source_traceback[-1]
        tid = next(_ids)
        timer._looplab_id = tid
        timer._looplab_order = next(self._order)
        delay_us = max(0, round((when - self.time()) * 1e6))
        recorder = self._recorder
        recorder.emit(Kind.LABEL, 0, -1, LabelTarget.TIMER, tid, recorder.intern(self._runtime.describe_callback(callback, args)))
        timer._looplab_set_seq = recorder.emit(Kind.TIMER_SET, self._monitor.loc, self._current_job_seq, tid, delay_us, TimerKind.CALL_LATER)
        if callback is futures._set_result_unless_cancelled and args and futures.isfuture(args[0]):
            self._sleep_timers[args[0]] = timer
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        scheduled = handle._scheduled
        super()._timer_handle_cancelled(handle)
        tid = getattr(handle, '_looplab_id', None)
        if scheduled and tid is not None:
            self._recorder.emit(Kind.TIMER_CLEAR, self._monitor.loc, self._current_job_seq, tid)

    # -- turning the loop ---------------------------------------------------

    def _drop_cancelled_timers(self):
        scheduled = self._scheduled
        count = len(scheduled)
        if count > _MIN_SCHEDULED and self._timer_cancelled_count / count > _MIN_CANCELLED_FRACTION:
            kept = []
            for handle in scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    kept.append(handle)
            heapq.heapify(kept)
            self._scheduled = kept
            self._timer_cancelled_count = 0
        else:
            while scheduled and scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                heapq.heappop(scheduled)._scheduled = False

    def _run_once(self):
        self._drop_cancelled_timers()
        recorder = self._recorder
        clock = self._clock
        runtime = self._runtime
        if not self._ready and not self._stopping:
            next_host = runtime.next_host_event()
            if self._scheduled:
                target = clock.now + _select_wait_us(math.ceil(self._scheduled[0]._when * 1e6) - clock.now)
                if next_host is not None:
                    target = min(target, next_host)
            elif next_host is not None:
                target = next_host
            else:
                runtime.deadlock()
            waited = target - clock.now
            if waited > 0:
                # Recorded when the wait begins, as the TypeScript engine does.
                recorder.emit(Kind.IDLE, 0, -1, min(waited, 2**31 - 1))
                clock.now = target
                runtime.check_virtual_time()
        runtime.before_iteration(self)

        end_time = self.time() + self._clock_resolution
        scheduled = self._scheduled
        while scheduled:
            handle = scheduled[0]
            if handle._when >= end_time:
                break
            heapq.heappop(scheduled)
            handle._scheduled = False
            self._make_due(handle)

        ntodo = len(self._ready)
        if ntodo:
            recorder.emit(Kind.PHASE, 0, -1, Phase.PY_READY)
        popleft = self._ready.popleft
        for _ in range(ntodo):
            handle = popleft()
            try:
                jid = handle._looplab_id
            except AttributeError:
                jid = 0  # a handle that did not join the queue through this loop's scheduling
            if handle._cancelled:
                if jid:
                    recorder.emit(Kind.JOB_CANCEL, 0, -1, jid)
                continue
            self._run_handle(handle, jid)
        handle = None

    def _make_due(self, timer):
        """A due timer's handle joins the ready queue (as CPython appends it to `_ready`)."""
        recorder = self._recorder
        tid = getattr(timer, '_looplab_id', 0)
        jid = next(_ids)
        timer._looplab_id = jid
        due_seq = recorder.emit(Kind.TIMER_DUE, 0, getattr(timer, '_looplab_set_seq', -1), tid, jid)
        kind, subject = self._classify(timer, timer._callback, timer._args or ())
        recorder.emit(Kind.JOB_ENQUEUE, 0, due_seq, jid, kind, subject)
        self._ready.append(timer)

    def _run_handle(self, handle, jid):
        # JobStart and JobEnd are recorded as `Recorder.emit` records them, written out: this runs for every handle.
        recorder = self._recorder
        monitor = self._monitor
        try:
            kind, subject, task = handle._looplab_kind, handle._looplab_subject, handle._looplab_task
        except AttributeError:
            kind, subject = self._classify(handle, handle._callback, handle._args or ())
            task = _owner_task(handle._callback)
        if monitor.lines:
            monitor.settle()
        if recorder._closed:
            start = -1
        else:
            start = recorder.seq
            recorder.buffer += (_JOB_START, self._clock._now, 0, -1, jid, kind, subject)
            recorder.seq = start + 1
            if start >= recorder.limit:
                recorder.reached(start)
        previous = self._current_job_seq
        self._current_job_seq = start
        monitor._loc = 0
        try:
            if self._debug:
                # As CPython's debug mode: a step that holds the loop too long is logged.
                self._current_handle = handle
                began = self.time()
                handle._run()
                took = self.time() - began
                if took >= self.slow_callback_duration:
                    logger.warning('Executing %s took %.3f seconds', base_events._format_handle(handle), took)
            else:
                handle._run()
        finally:
            self._current_handle = None
            self._current_job_seq = previous
            if task is not None and (task.done() or task._fut_waiter is not None):
                self._after_step(task, subject)
            if monitor.lines:
                monitor.settle()
            if not recorder._closed:
                seq = recorder.seq
                recorder.buffer += (_JOB_END, self._clock._now, 0, -1, jid, 0, 0)
                recorder.seq = seq + 1
                if seq >= recorder.limit:
                    recorder.reached(seq)

    def _after_step(self, task, tid):
        recorder = self._recorder
        if task.done():
            if task.cancelled():
                outcome = Settle.CANCELLED
            elif task._exception is not None if hasattr(task, '_exception') else _has_exception(task):
                outcome = Settle.EXCEPTION
            else:
                outcome = Settle.RESULT
            recorder.emit(Kind.COROUTINE_END, self._monitor.loc, -1, tid, outcome)
            self._task_ids.pop(task, None)
            return
        waiter = task._fut_waiter
        if waiter is None:
            return
        loc, description = self._runtime.describe_wait(task, waiter)
        recorder.emit(Kind.TASK_WAIT, loc, -1, tid, self.future_id(waiter), recorder.intern(description))

    # -- what the sandbox does not have --------------------------------------

    def run_in_executor(self, executor, func, *args):
        return self._runtime.executor.submit(self, executor, func, args)

    def set_default_executor(self, executor):
        self._default_executor = executor

    async def getaddrinfo(self, *args, **kwargs):
        raise OSError(self._runtime.NO_NETWORK)

    async def create_connection(self, *args, **kwargs):
        raise OSError(self._runtime.NO_NETWORK)

    async def create_server(self, *args, **kwargs):
        raise OSError(self._runtime.NO_NETWORK)

    async def create_datagram_endpoint(self, *args, **kwargs):
        raise OSError(self._runtime.NO_NETWORK)

    async def create_unix_connection(self, *args, **kwargs):
        raise OSError(self._runtime.NO_NETWORK)

    async def create_unix_server(self, *args, **kwargs):
        raise OSError(self._runtime.NO_NETWORK)

    async def subprocess_exec(self, *args, **kwargs):
        raise OSError('Looplab runs Python in a sandbox: there are no subprocesses.')

    async def subprocess_shell(self, *args, **kwargs):
        raise OSError('Looplab runs Python in a sandbox: there are no subprocesses.')

    def add_signal_handler(self, sig, callback, *args):
        raise NotImplementedError('Looplab runs Python in a sandbox: there are no signals.')

    def remove_signal_handler(self, sig):
        return False

    async def shutdown_default_executor(self, timeout=None):
        return None


def _select_wait_us(wait_us):
    """How long CPython's selector sleeps to wait `wait_us` µs for a timer.

    On Linux the loop waits in epoll_wait, which counts whole milliseconds,
    rounded up (selectors.EpollSelector.select), so the loop wakes up to a
    millisecond after its first timer is due, and every timer due by then runs
    in that same iteration: timers set a few lines apart fall due together.
    """
    if wait_us <= 0:
        return 0
    return -(-wait_us // 1000) * 1000


def _has_exception(task):
    try:
        return task.exception() is not None
    except BaseException:
        return False
