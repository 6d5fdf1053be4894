"""The program's standard output and error, as console lines in the trace.

`print` writes to `sys.stdout`; each completed line becomes a Console event
(level log for stdout, error for stderr), its text ending in its newline as
the TypeScript console's lines do, so the console view and the CLI show
what CPython would print, in order. A partial line is written when the run
ends, as an interpreter flushes its buffers at exit. Output is capped by the
output budget; past it, the run is stopped with an explanation.
"""

import io

from ._trace import ConsoleLevel, Kind


class ConsoleStream(io.TextIOBase):
    def __init__(self, runtime, level, name):
        super().__init__()
        self._runtime = runtime
        self._level = level
        self._name = name
        self._pending = []

    @property
    def name(self):
        return self._name

    @property
    def encoding(self):
        return 'utf-8'

    def writable(self):
        return True

    def isatty(self):
        return False

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError(f'write() argument must be str, not {type(text).__name__}')
        if not text:
            return 0
        self._runtime.count_output(len(text))
        start = 0
        while True:
            newline = text.find('\n', start)
            if newline < 0:
                if start < len(text):
                    self._pending.append(text[start:])
                break
            piece = text[start:newline]
            if self._pending:
                self._pending.append(piece)
                piece = ''.join(self._pending)
                self._pending = []
            self._emit(piece + '\n')
            start = newline + 1
        return len(text)

    def _emit(self, line):
        runtime = self._runtime
        recorder = runtime.recorder
        level = self._level
        if runtime.muted_output is not None:
            runtime.muted_output.append((runtime.clock.now, level, line))
            return
        recorder.emit(Kind.CONSOLE, runtime.monitor.loc, runtime.current_cause(), level, recorder.intern(line))

    def flush(self):
        pass

    def finish(self):
        """Writes a last line without its newline (at the end of the run)."""
        if self._pending:
            line = ''.join(self._pending)
            self._pending = []
            self._emit(line)


def streams(runtime):
    return ConsoleStream(runtime, ConsoleLevel.LOG, '<stdout>'), ConsoleStream(runtime, ConsoleLevel.ERROR, '<stderr>')
