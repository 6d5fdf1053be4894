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
import types

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


def _no_network(name):
    def refused(*args, **kwargs):
        raise OSError(f'{SANDBOX} with no network: socket.{name}() cannot reach anything; {WORLD}.')

    refused.__name__ = name
    return refused


def _guarded_monitoring(real, reserved):
    """`sys.monitoring` as the learner's program sees it: everything works, except on Looplab's own tool id,
    whose line events are the trace and the budgets (freeing or muting it would let a loop run unwatched).
    In-process hiding is a courtesy, not a wall: a program that digs the real one out only unwatches itself,
    and the watchdog still ends it."""

    def guard(name, function):
        def guarded(*args, **kwargs):
            if args and args[0] == reserved:
                raise ValueError(f"{SANDBOX}: sys.monitoring tool {reserved} is Looplab's tracer; use another tool id.")
            return function(*args, **kwargs)

        guarded.__name__ = name
        return guarded

    members = {}
    for name in dir(real):
        if name.startswith('__'):
            continue
        value = getattr(real, name)
        members[name] = guard(name, value) if callable(value) and not name.isupper() and name != 'events' else value
    return types.SimpleNamespace(**members)


_SOCKET_METHODS = ('connect', 'connect_ex', 'bind', 'listen', 'sendto', 'sendmsg')


def install(reserved_tool_id):
    """Refuses the modules above for the run, and Looplab's monitoring tool id; returns an undo function."""
    finder = _Refuser()
    monitoring = sys.monitoring
    sys.monitoring = _guarded_monitoring(monitoring, reserved_tool_id)
    meta_path_before = list(sys.meta_path)
    # Pyodide's own finder for `js` is taken out too, so removing the refuser from sys.meta_path gains nothing.
    js_finders = [f for f in sys.meta_path if type(f).__name__ == 'JsFinder']
    for found in js_finders:
        sys.meta_path.remove(found)
    sys.meta_path.insert(0, finder)
    import socket

    socket_saved = {name: getattr(socket.socket, name) for name in _SOCKET_METHODS if hasattr(socket.socket, name)}
    for name in socket_saved:
        setattr(socket.socket, name, _no_network(name))
    hidden = {name: module for name, module in list(sys.modules.items()) if _refusal(name) is not None}
    for name in hidden:
        del sys.modules[name]
    os_saved = {}
    for name in ('system', 'popen', 'fork', 'forkpty', 'execv', 'execve', 'execl', 'execlp', 'execvp', 'execvpe', 'spawnv', 'spawnl', 'posix_spawn', 'posix_spawnp', 'kill', 'killpg'):
        if hasattr(os, name):
            os_saved[name] = getattr(os, name)
            setattr(os, name, _refuse(name))

    def undo():
        # The program may have rearranged sys.meta_path: the next run starts from the list as it was.
        sys.meta_path[:] = meta_path_before
        sys.monitoring = monitoring
        for name, fn in socket_saved.items():
            setattr(socket.socket, name, fn)
        for name in [n for n in sys.modules if _refusal(n) is not None]:
            sys.modules.pop(name, None)
        sys.modules.update(hidden)
        for name, fn in os_saved.items():
            setattr(os, name, fn)

    return undo
