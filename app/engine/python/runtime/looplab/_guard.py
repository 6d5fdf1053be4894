"""What a learner's Python may not reach in the sandbox, refused with words that say why.

Pyodide's bridges to JavaScript (`js`, `pyodide.*`), native code (`ctypes`),
processes and the real network are refused at import with an ImportError that
names what to use instead. The sandbox (an opaque-origin iframe's worker with
a deny-all CSP) is the real boundary; this keeps honest programs from
wandering off the modelled loop, and says so clearly.
"""

import importlib.abc
import os
import sys

SANDBOX = 'Looplab runs Python in a sandbox'
WORLD = 'use `from looplab import world` (world.session() is an aiohttp-shaped client, world.route() declares responses)'

REFUSED = {
    'js': f'{SANDBOX}: the js module (the bridge to JavaScript) is not available.',
    'pyodide': f'{SANDBOX}: the pyodide module is not available.',
    'pyodide_js': f'{SANDBOX}: the pyodide_js module is not available.',
    '_pyodide': f'{SANDBOX}: the _pyodide module is not available.',
    '_pyodide_core': f'{SANDBOX}: the _pyodide_core module is not available.',
    'micropip': f'{SANDBOX}: packages cannot be installed.',
    'ctypes': f'{SANDBOX}: ctypes (native code) is not available.',
    '_ctypes': f'{SANDBOX}: ctypes (native code) is not available.',
    'subprocess': f'{SANDBOX}: there are no subprocesses.',
    'multiprocessing': f'{SANDBOX}: there are no other processes; for parallel work use loop.run_in_executor or asyncio.to_thread (modelled).',
    'aiohttp': f'{SANDBOX} with no network, and aiohttp is not installed: {WORLD}.',
    'requests': f'{SANDBOX} with no network, and requests is not installed: {WORLD}.',
    'httpx': f'{SANDBOX} with no network, and httpx is not installed: {WORLD}.',
    'urllib.request': f'{SANDBOX} with no network: {WORLD}.',
    'http.client': f'{SANDBOX} with no network: {WORLD}.',
    'ssl': f'{SANDBOX} with no network: {WORLD}.',
}

_PREFIXES = ('pyodide.', 'pyodide_js.', '_pyodide.', 'js.')


def _refusal(fullname):
    if fullname in REFUSED:
        return REFUSED[fullname]
    for prefix in _PREFIXES:
        if fullname.startswith(prefix):
            return REFUSED[prefix[:-1]]
    return None


class _Refuser(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path=None, target=None):
        message = _refusal(fullname)
        if message is not None:
            raise ImportError(message, name=fullname)
        return None


def _refuse(name):
    def refused(*args, **kwargs):
        raise OSError(f'{SANDBOX}: os.{name}() cannot start programs.')

    refused.__name__ = name
    return refused


def install():
    """Refuses the modules above for the run; returns an undo function."""
    finder = _Refuser()
    sys.meta_path.insert(0, finder)
    hidden = {name: module for name, module in list(sys.modules.items()) if _refusal(name) is not None}
    for name in hidden:
        del sys.modules[name]
    os_saved = {}
    for name in ('system', 'popen', 'fork', 'forkpty', 'execv', 'execve', 'execl', 'execlp', 'execvp', 'execvpe', 'spawnv', 'spawnl', 'posix_spawn', 'posix_spawnp', 'kill', 'killpg'):
        if hasattr(os, name):
            os_saved[name] = getattr(os, name)
            setattr(os, name, _refuse(name))

    def undo():
        if finder in sys.meta_path:
            sys.meta_path.remove(finder)
        for name in [n for n in sys.modules if _refusal(n) is not None]:
            sys.modules.pop(name, None)
        sys.modules.update(hidden)
        for name, fn in os_saved.items():
            setattr(os, name, fn)

    return undo
