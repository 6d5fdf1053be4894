"""Watches the learner's code run, through `sys.monitoring` (PEP 669).

Only the learner's own code objects get local events (lines, function entry
and exit, generator and coroutine suspension and resumption), so the standard
library and Looplab's own code run at full speed. Each line that runs is a
Step in the trace and costs virtual time under the cost model; frames entering
and leaving are FramePush / FramePop, so the call stack of the views is the
learner's, as Python Tutor shows it.

The line callback is also where budgets are enforced: once one is exhausted,
every further line of the learner's code raises `BudgetExceeded`, so even a
program that catches it ends.
"""

import sys

from ._clock import LINE_COST_US, wall_ms
from ._trace import Kind

mon = sys.monitoring
E = mon.events
TOOL_ID = 4
LOCAL_EVENTS = E.LINE | E.PY_START | E.PY_RESUME | E.PY_RETURN | E.PY_YIELD
GLOBAL_EVENTS = E.PY_UNWIND | E.PY_THROW
#: Lines between two checks of the budgets (a budget is overrun by at most this many lines).
CHECK_EVERY = 1024


class BudgetExceeded(SystemExit):
    """Ends a run that ran out of a budget. A SystemExit, so asyncio lets it through at once."""


class Monitor:
    def __init__(self, program, recorder, clock, budgets, on_budget):
        self.program = program
        self.recorder = recorder
        self.clock = clock
        self.line_locations = program.line_locations
        self.code_functions = program.code_functions
        self.function_locations = program.function_locations
        self.max_steps = budgets['maxSteps']
        self.max_virtual_us = budgets['maxVirtualMs'] * 1000
        self.max_wall_ms = budgets['maxWallMs']
        self.max_depth = budgets.get('maxCallDepth', 900)
        self.on_budget = on_budget
        self.steps = 0
        self.depth = 0
        self.wall_start = wall_ms()
        self.next_check = CHECK_EVERY
        self.record_step = recorder.steps.append
        #: The learner's location that ran last (what scheduled a callback, where a task waits).
        self.loc = 0
        self.stopped = None
        self.active = False
        #: Set for a run that looks at variables (see _scopes.py): lines are watched for its targets.
        self.inspector = None

    def start(self):
        mon.use_tool_id(TOOL_ID, 'looplab')
        self._register()
        for code in self.code_functions:
            mon.set_local_events(TOOL_ID, code, LOCAL_EVENTS)
        mon.set_events(TOOL_ID, GLOBAL_EVENTS)
        self.active = True

    def _register(self):
        register = mon.register_callback
        register(TOOL_ID, E.LINE, self._line if self.inspector is None else self._line_watched)
        register(TOOL_ID, E.PY_START, self._enter)
        register(TOOL_ID, E.PY_RESUME, self._enter)
        register(TOOL_ID, E.PY_RETURN, self._leave)
        register(TOOL_ID, E.PY_YIELD, self._leave)
        register(TOOL_ID, E.PY_UNWIND, self._unwind)
        register(TOOL_ID, E.PY_THROW, self._throw)

    def unheard(self):
        """Stops hearing the learner's code for a moment (a snapshot formats values: a learner's `__repr__`
        must not add steps or time to the trace); call `heard` after."""
        if self.active:
            for event in (E.LINE, E.PY_START, E.PY_RESUME, E.PY_RETURN, E.PY_YIELD, E.PY_UNWIND, E.PY_THROW):
                mon.register_callback(TOOL_ID, event, None)

    def heard(self):
        if self.active:
            self._register()

    def stop(self):
        if not self.active:
            return
        self.active = False
        mon.set_events(TOOL_ID, 0)
        for code in self.code_functions:
            mon.set_local_events(TOOL_ID, code, 0)
        for event in (E.LINE, E.PY_START, E.PY_RESUME, E.PY_RETURN, E.PY_YIELD, E.PY_UNWIND, E.PY_THROW):
            mon.register_callback(TOOL_ID, event, None)
        mon.free_tool_id(TOOL_ID)

    def _line(self, code, line):
        # The hottest code of a Python run: one call per line of the learner's code.
        if self.stopped is not None:
            raise BudgetExceeded(self.stopped)
        clock = self.clock
        now = clock.now + LINE_COST_US
        clock.now = now
        steps = self.steps + 1
        self.steps = steps
        loc = self.line_locations.get(line, 0)
        self.loc = loc
        if not self.recorder.closed:
            self.record_step(loc)
        if steps >= self.next_check:
            self._check(steps, now)

    def _line_watched(self, code, line):
        """`_line` in a run that looks at variables: a step that is a target is snapshotted as its line begins."""
        self._line(code, line)
        recorder = self.recorder
        if not recorder.closed:
            seq = recorder.seq + len(recorder.steps) - recorder.steps_described - 1
            if seq >= recorder.watch_at:
                recorder.on_watch(seq)

    def _check(self, steps, now):
        """Every CHECK_EVERY lines: the budgets, and a batch for the host when enough steps piled up."""
        self.next_check = steps + CHECK_EVERY
        if steps > self.max_steps:
            self._exhausted('steps')
        if now > self.max_virtual_us:
            self._exhausted('virtualTime')
        if wall_ms() - self.wall_start > self.max_wall_ms:
            self._exhausted('wallTime')
        recorder = self.recorder
        if recorder.steps_pending() + recorder.seq >= recorder.flush_at:
            recorder.flush()

    def _exhausted(self, which):
        self.stopped = which
        self.on_budget(which)
        raise BudgetExceeded(which)

    def _enter(self, code, offset):
        fn = self.code_functions.get(code)
        if fn is None or fn == 0:
            return
        self.depth += 1
        self.recorder.emit(Kind.FRAME_PUSH, self.function_locations[fn], -1, fn, 0)

    def _leave(self, code, offset, value):
        fn = self.code_functions.get(code)
        if fn is None or fn == 0:
            return
        self.depth -= 1
        self.recorder.emit(Kind.FRAME_POP, 0, -1, fn)

    def _unwind(self, code, offset, exception):
        fn = self.code_functions.get(code)
        if fn is None or fn == 0:
            return
        self.depth -= 1
        self.recorder.emit(Kind.FRAME_POP, 0, -1, fn)

    def _throw(self, code, offset, exception):
        self._enter(code, offset)
