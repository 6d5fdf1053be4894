"""`from looplab import world`: the simulated world of a Python run.

The same world as the TypeScript engine's (app/engine/runtime/world/), with
the same defaults and statistics, spoken in Python:

- `world.route(path, latency_ms=…, status=…, body=…, fail_every=…, method=…, jitter_ms=…)`
- `world.session()` / `world.ClientSession()`: an aiohttp-shaped client (see _world_http.py),
  with `world.ClientTimeout`, `world.ClientError`, `world.ClientConnectionError`,
  `world.ClientResponseError`, `world.ContentTypeError`, `world.InvalidURL`
- `world.create_server(handler)` → `simulate_load(…)`, `await done()`, `stats()` (_world_server.py),
  with `world.Response` and `world.json_response`
- `world.channel(latency_ms=…)` (_world_channel.py), `world.ChannelClosed`
- `world.create_worker(fn)` → `await worker.run(value)` (_world_worker.py)
- `world.cpu(ms)`: burns CPU time on the current thread (the loop is blocked meanwhile)
- `await world.sleep(ms)`

Each run gets a fresh world (the lesson's routes from its WorldConfig, no
routes or servers left from an earlier run): `install` puts it in
`sys.modules['looplab.world']` for the run and takes it away afterwards.
"""

import asyncio
import itertools
import json
import sys
import types

from . import _world_http as http
from ._world_channel import ChannelClosed, create_channel
from ._world_http import PYTHON_NAMES, ClientSession, Network, check_route
from ._world_io import js_round, main_thread_only, optional_ms, optional_string, required_callable
from ._world_server import Server, ServerStats
from ._world_worker import create_worker

_MISSING = http._MISSING
_EXPORTED = (
    'ClientTimeout',
    'ClientError',
    'ClientConnectionError',
    'ClientResponseError',
    'ContentTypeError',
    'ServerTimeoutError',
    'InvalidURL',
    'Response',
    'json_response',
    'RouteRequest',
    'ClientResponse',
)


class World:
    """One run's world; its methods are the functions of the `looplab.world` module."""

    def __init__(self, runtime, config):
        self._runtime = runtime
        if not isinstance(config, dict):
            raise TypeError('the world configuration must be an object such as {"network": {"routes": [...]}}.')
        network = config.get('network') or {}
        if not isinstance(network, dict):
            raise TypeError('the world configuration: "network" must be an object with "routes" and "defaultLatencyMs".')
        self._network = Network(runtime, network)
        self._servers = itertools.count(1)
        self._channels = itertools.count(1)
        self._workers = itertools.count(1)
        self.ClientSession = type('ClientSession', (ClientSession,), {'_runtime': runtime, '_network': self._network, '__module__': 'looplab.world'})

    def route(self, path, *, method=None, latency_ms=None, jitter_ms=None, status=None, body=_MISSING, fail_every=None):
        """Adds a route, ahead of the others; `body` may be a function of the request (a RouteRequest)."""
        options = {'status': status, 'method': method, 'latency': latency_ms, 'jitter': jitter_ms, 'fail_every': fail_every, 'body': body}
        self._network.add_route(check_route('world.route', path, PYTHON_NAMES, options))

    def session(self, base_url=None, *, timeout=None, raise_for_status=False, headers=None):
        """An aiohttp-shaped ClientSession over the simulated network."""
        return self.ClientSession(base_url, timeout=timeout, raise_for_status=raise_for_status, headers=headers)

    def create_server(self, handler, *, name=None):
        """A server receiving simulated clients: `handler(request)` (async or not) answers each request."""
        where = 'world.create_server'
        required_callable(where, 'the handler', handler)
        given = optional_string(where, 'name', name)
        number = next(self._servers)
        return Server(self._runtime, handler, given if given is not None else ('server' if number == 1 else f'server{number}'))

    def channel(self, *, latency_ms=0, name=None):
        """An asynchronous message channel whose messages take `latency_ms` to arrive."""
        return create_channel(self._runtime, self._channels, latency_ms, name)

    def create_worker(self, fn, *, name=None):
        """A worker running CPU-bound `fn` in parallel: `await worker.run(value)`."""
        return create_worker(self._runtime, self._workers, fn, name)

    def cpu(self, ms):
        """Burns `ms` of CPU time on the current thread: nothing else runs on it meanwhile."""
        if ms is None:
            raise TypeError('world.cpu: "ms" is required (the milliseconds of CPU time to burn).')
        duration = optional_ms('world.cpu', 'ms', ms)
        us = js_round(duration * 1000)
        if us > 0:
            self._runtime.clock.block(us / 1e6)

    async def sleep(self, ms=0):
        """Waits `ms` of virtual time (asyncio.sleep(ms / 1000))."""
        main_thread_only(self._runtime, 'world.sleep')
        duration = optional_ms('world.sleep', 'ms', ms) or 0
        await asyncio.sleep(duration / 1000)

    def module(self):
        module = types.ModuleType('looplab.world', __doc__)
        for name in _EXPORTED:
            exported = getattr(http, name)
            if isinstance(exported, type):
                exported.__module__ = 'looplab.world'
        ChannelClosed.__module__ = ServerStats.__module__ = 'looplab.world'
        for name in ('route', 'session', 'create_server', 'channel', 'create_worker', 'cpu', 'sleep', 'ClientSession'):
            setattr(module, name, getattr(self, name))
        for name in _EXPORTED:
            setattr(module, name, getattr(http, name))
        module.ChannelClosed = ChannelClosed
        module.ServerStats = ServerStats
        return module


def install(runtime, config_json):
    """Makes `from looplab import world` give this run's world; returns an undo function."""
    config = json.loads(config_json) if config_json else {}
    module = World(runtime, config).module()
    package = sys.modules['looplab']
    had_attribute = 'world' in package.__dict__
    previous_attribute = package.__dict__.get('world')
    previous_module = sys.modules.get('looplab.world')
    package.world = module
    sys.modules['looplab.world'] = module

    def undo():
        if had_attribute:
            package.world = previous_attribute
        else:
            package.__dict__.pop('world', None)
        if previous_module is not None:
            sys.modules['looplab.world'] = previous_module
        else:
            sys.modules.pop('looplab.world', None)

    return undo
