"""Watches the learner's code run, through `sys.monitoring` (PEP 669).

Only the learner's own code objects get local events (lines, function entry
and exit, generator and coroutine suspension and resumption), so the standard
library and Looplab's own code run at full speed. Each line that runs is a
Step in the trace and costs virtual time under the cost model; frames entering
and leaving are FramePush / FramePop, so the call stack of the views is the
learner's, as Python Tutor shows it.

The line callback is the hottest code of a run, so it only appends the line's
location to a buffer; `settle` turns the buffered lines into steps and virtual
time, whenever anything reads the clock or the last location, records an event,
or CHECK_EVERY lines have piled up. Budgets are checked there: once one is
exhausted, every further line of the learner's code raises `BudgetExceeded`,
so even a program that catches it ends.
"""

import sys

from ._clock import LINE_COST_US, wall_ms
from ._trace import Kind

STEPS = Kind.STEPS

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
        self.code_functions = program.code_functions
        self.function_locations = program.function_locations
        #: Location by line number (a list: read for every buffered line when they are settled).
        self.line_table = [0] * (max(program.line_locations, default=0) + 2)
        for line, loc in program.line_locations.items():
            self.line_table[line] = loc
        self.max_steps = budgets['maxSteps']
        self.max_virtual_us = budgets['maxVirtualMs'] * 1000
        self.max_wall_ms = budgets['maxWallMs']
        self.on_budget = on_budget
        #: Locations of the lines run since the last `settle` (a list: the cheapest to append to).
        self.lines = []
        self.steps = 0
        self.wall_start = wall_ms()
        self.next_check = CHECK_EVERY
        self._loc = 0
        self.stopped = None
        self.active = False
        #: Set for a run that looks at variables (see _scopes.py): lines are watched for its targets.
        self.inspector = None
        self._on_line = self._fast_line()
        self._on_frame = self._frame_callbacks()

    @property
    def loc(self):
        """The learner's location that ran last (what scheduled a callback, where a task waits)."""
        if self.lines:
            self.settle()
        return self._loc

    @loc.setter
    def loc(self, value):
        if self.lines:
            self.settle()
        self._loc = value

    def start(self):
        mon.use_tool_id(TOOL_ID, 'looplab')
        self.clock.pending = self.lines
        self.clock.settle = self.settle
        self._register()
        for code in self.code_functions:
            mon.set_local_events(TOOL_ID, code, LOCAL_EVENTS)
        mon.set_events(TOOL_ID, GLOBAL_EVENTS)
        self.active = True

    def _register(self):
        register = mon.register_callback
        if self.stopped is not None:
            line = self._line_refused
        elif self.inspector is not None:
            line = self._line_watched
        else:
            line = self._on_line
        enter, leave = self._on_frame
        register(TOOL_ID, E.LINE, line)
        register(TOOL_ID, E.PY_START, enter)
        register(TOOL_ID, E.PY_RESUME, enter)
        register(TOOL_ID, E.PY_RETURN, leave)
        register(TOOL_ID, E.PY_YIELD, leave)
        register(TOOL_ID, E.PY_UNWIND, leave)
        register(TOOL_ID, E.PY_THROW, enter)

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
        self.settle(check=False)

    def _fast_line(self):
        """The line callback: one call per line of the learner's code, so it does as little as it can."""
        lines = self.lines
        append = lines.append
        settle = self.settle
        table = self.line_table

        def on_line(code, line, append=append, lines=lines, size=len, every=CHECK_EVERY, table=table):
            try:
                append(table[line])
            except IndexError:
                append(0)  # a line past the source's end (never seen; kept safe)
            if size(lines) >= every:
                settle(from_line=True)

        return on_line

    def _line_refused(self, code, line):
        raise BudgetExceeded(self.stopped)

    def _line_watched(self, code, line):
        """The line callback of a run that looks at variables: a step that is a target is snapshotted as its line begins."""
        table = self.line_table
        self.lines.append(table[line] if line < len(table) else 0)
        self.settle(from_line=True)
        recorder = self.recorder
        if not recorder.closed:
            seq = recorder.seq - 1
            if seq >= recorder.watch_at:
                recorder.on_watch(seq)

    def settle(self, from_line=False, check=True):
        """Counts the buffered lines: steps in the trace (unless the recorder is closed), virtual time,
        the last location; then, every CHECK_EVERY lines, the budgets."""
        lines = self.lines
        count = len(lines)
        if not count:
            return
        clock = self.clock
        clock._now += count * LINE_COST_US
        steps = self.steps + count
        self.steps = steps
        self._loc = lines[-1]
        recorder = self.recorder
        if not recorder._closed:
            # The steps take their sequence numbers now, described by one STEPS record (see _trace.py).
            first = recorder.steps_described
            recorder.steps.fromlist(lines)
            recorder.buffer += (STEPS, 0, 0, -1, first, count, 0)
            recorder.steps_described = first + count
            recorder.seq += count
        del lines[:]
        if check and steps >= self.next_check:
            self._check(steps, clock._now, from_line)

    def _check(self, steps, now, from_line):
        """Every CHECK_EVERY lines: the budgets, and a batch for the host when enough steps piled up."""
        self.next_check = steps + CHECK_EVERY
        if self.stopped is None:
            which = None
            if steps > self.max_steps:
                which = 'steps'
            elif now > self.max_virtual_us:
                which = 'virtualTime'
            elif wall_ms() - self.wall_start > self.max_wall_ms:
                which = 'wallTime'
            if which is not None:
                # From the line callback the run ends at once; from the runtime's own code (reading the
                # clock), at the learner's next line.
                self._refuse_lines(which)
                self.on_budget(which)
                if from_line:
                    raise BudgetExceeded(which)
                return
        recorder = self.recorder
        if recorder.seq >= recorder.flush_at:
            recorder.flush()

    def _refuse_lines(self, which):
        """From now on every line of the learner's code raises BudgetExceeded."""
        self.stopped = which
        if self.active:
            mon.register_callback(TOOL_ID, E.LINE, self._line_refused)

    def refuse_further_lines(self, why):
        """Ends the run at the learner's next line (the last snapshot of a run that looks at variables is taken)."""
        if self.lines:
            self.settle(check=False)
        self._refuse_lines(why)

    def _exhausted(self, which):
        if self.lines:
            self.settle(check=False)
        self._refuse_lines(which)
        self.on_budget(which)
        raise BudgetExceeded(which)

    def _frame_callbacks(self):
        """The callbacks for frames entering and leaving (PY_START / PY_RESUME / PY_THROW, PY_RETURN /
        PY_YIELD / PY_UNWIND): FramePush / FramePop for the learner's functions (not the module's code).
        Called once or twice per await, so each records its event itself, as `Recorder.emit` would."""
        functions = {code: fn for code, fn in self.code_functions.items() if fn}
        function_of = functions.get
        locations = self.function_locations
        recorder = self.recorder
        clock = self.clock
        lines = self.lines
        settle = self.settle

        def frame_event(kind, at_function):
            # PY_START / PY_RESUME pass (code, offset); the others also pass a value or an exception.
            def callback(code, offset, value=None):
                fn = function_of(code)
                if fn is not None:
                    if lines:
                        settle()
                    if not recorder._closed:
                        seq = recorder.seq
                        recorder.buffer += (kind, clock._now, locations[fn] if at_function else 0, -1, fn, 0, 0)
                        recorder.seq = seq + 1
                        if seq >= recorder.limit:
                            recorder.reached(seq)

            return callback

        enter = frame_event(Kind.FRAME_PUSH, True)
        leave = frame_event(Kind.FRAME_POP, False)
        return enter, leave
