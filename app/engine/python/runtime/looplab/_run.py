"""Runs one learner program: the host's entry point into the Python runtime.

    session = Session(source, filename)
    if session.diagnostics: …            # a SyntaxError: nothing runs
    info = session.program_info()        # the tables the trace points into
    outcome = session.run(options, on_full)

`run` executes the program as `__main__`, as `python3 FILE` would, with
asyncio's loop replaced by the virtual-time loop, the clocks virtual, output
captured and the learner's code monitored, and undoes all of it afterwards
(the interpreter may serve the next run). The outcome says how it ended, with
CPython's exit code: 0, 1 and a traceback for an uncaught exception, the code
given to `sys.exit`.
"""

import gc
import io
import itertools
import os
import sys
import traceback
import types
import warnings
from asyncio import events

from . import _clock, _guard, _loop, _patches, _world
from ._clock import Clock
from ._executor import Executors
from ._monitor import TOOL_ID, BudgetExceeded, Monitor
from ._output import streams
from ._program import describe, syntax_error_diagnostic
from ._runtime import Runtime
from ._scopes import Inspector
from ._trace import Budget, EndReason, Host, Kind, Recorder, TaskSource

_RUNTIME_DIR = os.path.dirname(__file__)
_BUDGET_CODES = {
    'steps': Budget.STEPS,
    'events': Budget.EVENTS,
    'virtualTime': Budget.VIRTUAL_TIME,
    'wallTime': Budget.WALL_TIME,
    'callDepth': Budget.CALL_DEPTH,
    'outputChars': Budget.OUTPUT_BYTES,
    'deadlock': 7,
}
BUDGET_EXIT_CODE = 124


class Session:
    def __init__(self, source, filename='main.py'):
        self.filename = filename
        self.program = None
        self.diagnostics = []
        try:
            with warnings.catch_warnings():
                warnings.simplefilter('ignore')
                self.program = describe(source, filename)
        except SyntaxError as error:
            self.diagnostics = [syntax_error_diagnostic(error)]

    def program_info(self):
        return self.program.info()

    def run(self, options, on_full):
        return _Run(self.program, options, on_full).execute()


def _outside_runtime(frame):
    return not frame.filename.startswith(_RUNTIME_DIR)


def _trim(exception_info, seen=None):
    """Drops Looplab's own frames from a traceback, in every chained and grouped exception."""
    seen = seen if seen is not None else set()
    if exception_info is None or id(exception_info) in seen:
        return
    seen.add(id(exception_info))
    exception_info.stack = traceback.StackSummary.from_list([f for f in exception_info.stack if _outside_runtime(f)])
    _trim(exception_info.__cause__, seen)
    _trim(exception_info.__context__, seen)
    for inner in getattr(exception_info, 'exceptions', None) or ():
        _trim(inner, seen)


class _Run:
    def __init__(self, program, options, on_full):
        self.program = program
        self.options = options
        budgets = dict(options['budgets'])
        self.budgets = budgets
        self.clock = Clock()
        self.recorder = Recorder(self.clock, on_full, int(options.get('batchSize', 20_000)))
        self.runtime = Runtime(program, self.clock, self.recorder, budgets)
        self.monitor = Monitor(program, self.recorder, self.clock, budgets, self._budget_hit)
        self.runtime.monitor = self.monitor
        self.runtime.executor = Executors(self.runtime)
        self.budget = None
        self.inspector = None
        targets = options.get('inspectScopes')
        if targets:
            self.inspector = Inspector(targets, program, self.runtime, self.monitor, self._inspected)
            self.monitor.inspector = self.inspector
            self.recorder.on_watch = self._watched
            self.recorder.watch_at = self.inspector.next_target
        # Ids restart with every run (the interpreter serves many): the same program gives the same trace.
        _loop._ids = itertools.count(1)
        self._watch_events(on_full, budgets['maxEvents'])
        self.clock.on_block = self._blocked
        self.clock.after_block = self.runtime.check_virtual_time

    def _watch_events(self, on_full, max_events):
        recorder = self.recorder

        def full(rec):
            on_full(rec)
            if rec.seq > max_events and self.budget is None:
                self.monitor._exhausted('events')

        recorder.on_full = full

    def _watched(self, seq):
        inspector = self.inspector
        inspector.reached(seq)
        self.recorder.watch_at = inspector.next_target

    def _inspected(self):
        """The last snapshot is taken: nothing more is recorded, and the learner's next line ends the run."""
        self.recorder.closed = True
        self.monitor.refuse_further_lines('inspected')

    def _blocked(self, us):
        self.recorder.emit(Kind.BLOCK, self.monitor.loc, self.runtime.current_cause(), us)

    def _budget_hit(self, which):
        if self.budget is None:
            self.budget = which
            self.recorder.closed = True

    def execute(self):
        recorder = self.recorder
        options = self.options
        seed = int(options.get('seed', 1))
        recorder.emit(Kind.RUN_START, 0, -1, Host.PYTHON, seed)
        undo = []
        stdout, stderr = streams(self.runtime)
        saved_streams = (sys.stdout, sys.stderr, sys.argv, sys.modules.get('__main__'))
        main = types.ModuleType('__main__')
        main.__file__ = self.program.filename
        main.__builtins__ = __builtins__
        if self.inspector is not None:
            self.inspector.main = main.__dict__
        exit_code, reason = 0, EndReason.FINISHED
        recorder.emit(Kind.TASK_START, 0, -1, 1, TaskSource.SCRIPT, 0)
        recorder.emit(Kind.FRAME_PUSH, 0, -1, 0, 0)
        try:
            undo.append(_clock.install(self.clock, seed))
            undo.append(_guard.install(TOOL_ID))
            undo.append(_patches.install(self.runtime))
            undo.append(_world.install(self.runtime, options.get('world')))
            sys.stdout, sys.stderr, sys.argv = stdout, stderr, [self.program.filename]
            sys.modules['__main__'] = main
            self.monitor.start()
            try:
                exec(self.program.code, main.__dict__)
            finally:
                self.monitor.stop()
            gc.collect()
        except BudgetExceeded:
            exit_code, reason = BUDGET_EXIT_CODE, EndReason.BUDGET
        except SystemExit as exit_request:
            exit_code, reason = self._exit_code(exit_request, stderr), EndReason.EXITED
        except BaseException as error:
            if self.budget is not None or self.monitor.stopped == 'inspected':
                exit_code, reason = BUDGET_EXIT_CODE, EndReason.BUDGET
            else:
                exit_code, reason = 1, EndReason.UNCAUGHT_ERROR
                self._report(error, stderr)
        finally:
            self.monitor.stop()
            stdout.finish()
            stderr.finish()
            sys.stdout, sys.stderr, sys.argv = saved_streams[0], saved_streams[1], saved_streams[2]
            if saved_streams[3] is not None:
                sys.modules['__main__'] = saved_streams[3]
            for step in reversed(undo):
                step()
            if reason == EndReason.BUDGET or self.budget is not None or self.monitor.stopped == 'inspected':
                _collect_quietly()
        if self.budget is not None:
            exit_code, reason = BUDGET_EXIT_CODE, EndReason.BUDGET
        if self.inspector is not None:
            self.inspector.finish()
            if self.monitor.stopped == 'inspected':
                exit_code, reason = 0, EndReason.STOPPED
        recorder.closed = False
        explanation = None
        if self.budget is not None:
            explanation = options.get('explanations', {}).get(self.budget, f'Looplab stopped the program ({self.budget}).')
            recorder.emit(Kind.BUDGET_STOP, 0, -1, _BUDGET_CODES[self.budget], recorder.intern(explanation))
        recorder.emit(Kind.FRAME_POP, 0, -1, 0)
        recorder.emit(Kind.TASK_END, 0, -1, 1)
        recorder.emit(Kind.RUN_END, 0, -1, exit_code, reason)
        recorder.flush()
        outcome = {'exitCode': exit_code, 'reason': reason}
        if self.budget is not None:
            outcome['budget'] = _BUDGET_CODES[self.budget]
            outcome['explanation'] = explanation
        if self.inspector is not None:
            outcome['scopes'] = self.inspector.snapshots
        return outcome

    def _exit_code(self, exit_request, stderr):
        code = exit_request.code
        if code is None:
            return 0
        if isinstance(code, int):
            return code & 0xFF
        stderr.write(f'{code}\n')
        return 1

    def _report(self, error, stderr):
        info = traceback.TracebackException.from_exception(error)
        _trim(info)
        text = ''.join(info.format())
        stderr.write(text)
        stderr.finish()
        recorder = self.recorder
        recorder.emit(Kind.UNCAUGHT_ERROR, self._raised_at(error), -1, recorder.intern(text.rstrip('\n')), 1)

    def _raised_at(self, error):
        """The location of the learner's innermost frame the exception passed through."""
        loc = self.monitor.loc
        tb = error.__traceback__
        code_functions = self.program.code_functions
        while tb is not None:
            if tb.tb_frame.f_code in code_functions:
                loc = self.program.line_locations.get(tb.tb_lineno, loc)
            tb = tb.tb_next
        return loc


def _collect_quietly():
    """Collects what a stopped run left behind (its tasks, cut off mid-step) now, printing nothing.

    Left to the garbage collector, each would be collected during some later run, and asyncio
    would log "Task exception was never retrieved" (the budget's exception) into that run's
    output. Closing them may run the learner's `finally` blocks: what they print goes nowhere.
    """
    sink = io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = sink
    try:
        gc.collect()
    finally:
        sys.stdout, sys.stderr = saved


def reset_event_loop_state():
    """Leaves no loop running or current (Pyodide registers its own WebLoop as running)."""
    events._set_running_loop(None)
