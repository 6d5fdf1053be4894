"""Looking at variables: the frames and bindings right after requested events.

A run started with `inspectScopes` (ascending event numbers) retraces the
original run (same program, same options: the same trace) and, when the
recorder reaches each requested event, takes a snapshot of

- the learner's frames on the call stack (the module's top level first,
  innermost last), and
- every task that is paused at an `await`: its coroutine's frame, and the
  frames of the learner's coroutines it is awaiting in turn,

each with its bindings formatted by `repr` (cut short). After the last one the
run stops: the recorder closes and the learner's next line ends the program.

The snapshots have the shape of the TypeScript engine's
(app/engine/runtime/scopes.ts ScopeSnapshot), so the page shows them the
same way for either language. A step's snapshot is taken as its line begins
(before it runs), as the TypeScript side takes it when the statement begins;
any other event's right after it is recorded.
"""

import asyncio
import re
import reprlib
import sys
import types

PREVIEW_MAX = 200
MAX_FRAMES = 200
MAX_VARS = 500
MODULE_NAME = '<module>'

_repr = reprlib.Repr(
    maxlevel=4, maxtuple=30, maxlist=30, maxarray=30, maxdict=20, maxset=30, maxfrozenset=30, maxdeque=30,
    maxstring=PREVIEW_MAX, maxlong=PREVIEW_MAX, maxother=PREVIEW_MAX,
)
_MODULE_SKIPPED = (types.ModuleType,)
#: Memory addresses differ from run to run: a snapshot leaves them out, so the same step always reads the same.
_ADDRESS = re.compile(r' at 0x[0-9a-fA-F]+')


def preview(value):
    """The value as the Variables view shows it: its repr, cut to PREVIEW_MAX characters."""
    try:
        if isinstance(value, asyncio.Future):
            text = _future_preview(value)
        elif isinstance(value, types.FunctionType):
            kind = 'coroutine function' if value.__code__.co_flags & 0x80 else 'function'
            text = f'<{kind} {value.__qualname__}>'
        else:
            text = _ADDRESS.sub('', _repr.repr(value))
    except BaseException as error:  # a learner's __repr__ that fails
        text = f'<repr failed: {type(error).__name__}>'
    if len(text) > PREVIEW_MAX:
        text = text[:PREVIEW_MAX - 1] + '…'
    return text


def _future_preview(future):
    """A task or future in few words (asyncio's repr lists its callbacks and the library's paths)."""
    kind = 'Task' if isinstance(future, asyncio.Task) else 'Future'
    words = [kind]
    if future.cancelled():
        words.append('cancelled')
    elif future.done():
        words.append('finished')
    else:
        words.append('pending')
    if kind == 'Task':
        words.append(f'name={future.get_name()!r}')
        coro = future.get_coro()
        frame = getattr(coro, 'cr_frame', None)
        name = getattr(coro, '__qualname__', None)
        if name and not future.done():
            if getattr(coro, 'cr_running', False):
                where = ' running'
            elif getattr(coro, 'cr_suspended', False) and frame is not None and frame.f_lineno:
                where = f' at line {frame.f_lineno}'
            else:
                where = ' not started yet' if frame is not None else ''
            words.append(f'coro={name}(){where}')
    if future.done() and not future.cancelled():
        error = future.exception()
        words.append(f'exception={_repr.repr(error)}' if error is not None else f'result={_repr.repr(future.result())}')
    return '<' + ' '.join(words) + '>'


class Inspector:
    """Takes the requested snapshots as the recorder reaches their events."""

    def __init__(self, targets, program, runtime, monitor, on_done):
        self.targets = sorted(int(t) for t in targets)
        self.next = 0
        self.program = program
        self.runtime = runtime
        self.monitor = monitor
        self.on_done = on_done
        self.snapshots = []
        self.taking = False
        self.main = None

    @property
    def done(self):
        return self.next >= len(self.targets)

    @property
    def next_target(self):
        return self.targets[self.next] if self.next < len(self.targets) else float('inf')

    def reached(self, seq):
        """The recorder reached event `seq` (at or past the next target)."""
        if self.taking or self.done:
            return
        self.taking = True
        self.monitor.unheard()
        try:
            frames = self._frames(sys._getframe(1))
            while not self.done and self.targets[self.next] <= seq:
                self.snapshots.append({'seq': self.targets[self.next], 'frames': frames})
                self.next += 1
        finally:
            self.monitor.heard()
            self.taking = False
        if self.done:
            self.on_done()

    def finish(self):
        """The run ended before the last targets: they are answered with the module's final state."""
        if self.done:
            return
        frames = [self._frame(MODULE_NAME, 'module', 0, self.main, ())] if self.main is not None else []
        while not self.done:
            self.snapshots.append({'seq': self.targets[self.next], 'frames': frames})
            self.next += 1

    # -- reading frames ---------------------------------------------------------

    def _frames(self, innermost):
        code_functions = self.program.code_functions
        module_code = self.program.code
        stack = []
        f = innermost
        while f is not None:
            if f.f_code in code_functions:
                stack.append(f)
            f = f.f_back
        stack.reverse()
        running = self._running_names()
        frames = []
        for f in stack:
            if f.f_code is module_code:
                frames.append(self._frame(MODULE_NAME, 'module', 0, f.f_globals, ()))
            else:
                name = f.f_code.co_qualname
                task = running.get(id(f))
                if task is not None:
                    name = f'{name} ({task})'
                frames.append(self._frame(name, 'function', f.f_code.co_firstlineno, f.f_locals, f.f_code.co_freevars))
        if not frames and self.main is not None:
            frames.append(self._frame(MODULE_NAME, 'module', 0, self.main, ()))
        for task_name, f in self._suspended():
            if len(frames) >= MAX_FRAMES:
                break
            name = f'{f.f_code.co_qualname} ({task_name})'
            frames.append(self._frame(name, 'suspended', f.f_lineno or 0, f.f_locals, f.f_code.co_freevars))
        return frames[:MAX_FRAMES]

    def _tasks(self):
        return list(self.runtime.task_ids) if self.runtime is not None else []

    def _chain(self, coro):
        """The learner's coroutine frames of a task, outermost first (following what each awaits)."""
        code_functions = self.program.code_functions
        found = []
        seen = 0
        while coro is not None and seen < 100:
            seen += 1
            frame = getattr(coro, 'cr_frame', None) or getattr(coro, 'ag_frame', None) or getattr(coro, 'gi_frame', None)
            if frame is not None and frame.f_code in code_functions:
                found.append((coro, frame))
            coro = getattr(coro, 'cr_await', None) or getattr(coro, 'ag_await', None) or getattr(coro, 'gi_yieldfrom', None)
        return found

    def _running_names(self):
        """Frames of the running task's coroutines on the stack, by id, with the task's name."""
        names = {}
        for task in self._tasks():
            try:
                coro = task.get_coro()
                if not getattr(coro, 'cr_running', False):
                    continue
                for _, frame in self._chain(coro):
                    names[id(frame)] = task.get_name()
            except Exception:
                continue
        return names

    def _suspended(self):
        paused = []
        for task in self._tasks():
            try:
                if task.done():
                    continue
                coro = task.get_coro()
                if coro is None or getattr(coro, 'cr_running', False) or getattr(coro, 'cr_suspended', True) is False:
                    continue
                for inner, frame in self._chain(coro):
                    if getattr(inner, 'cr_running', False):
                        break
                    paused.append((task.get_name(), frame))
            except Exception:
                continue
        return paused

    def _frame(self, name, kind, line, namespace, freevars):
        variables = []
        module = kind == 'module'
        try:
            items = list(namespace.items())
        except Exception:
            items = []
        for key, value in items:
            if len(variables) >= MAX_VARS:
                break
            if not isinstance(key, str) or (key.startswith('__') and key.endswith('__')):
                continue
            if module and _imported(value):
                continue
            variables.append({'name': key, 'preview': preview(value), 'scope': 'closure' if key in freevars else 'local'})
        return {'name': name, 'kind': kind, 'line': max(0, int(line)), 'vars': variables}


def _imported(value):
    """A module, or a function or class the module imported (the TypeScript side leaves built-ins out too)."""
    if isinstance(value, _MODULE_SKIPPED):
        return True
    if isinstance(value, (type, types.FunctionType, types.BuiltinFunctionType)) or callable(value) and hasattr(value, '__module__'):
        owner = getattr(value, '__module__', None)
        return owner is not None and owner != '__main__'
    return False
