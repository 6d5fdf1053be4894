"""`world.create_server(handler)`: a server receiving simulated clients, as app/engine/runtime/world/server.ts.

    async def handle(request):
        await asyncio.sleep(0.05)
        return world.json_response({'path': request.path})

    server = world.create_server(handle)
    server.simulate_load(clients=5, requests_per_client=2, interval_ms=20)
    stats = await server.done()        # stats.p50, stats.p95, stats.latencies, …

The load, the clients' timing and the statistics are the TypeScript
server's, computed the same way: request k of client c is sent at
start + k·interval + (c−1)·interval/clients, each client has one request on
the wire at a time, a request counts as failed when its handler raises (the
server answers 500), percentiles are nearest-rank. Each request arrives as
host I/O; the arrival runs as a handle that starts the handler in a task of
its own (as aiohttp's server does), and the response leaves when the handler
returns, travelling back for `network_latency_ms`. Its receipt is a handle
too, run in turn with the arrivals, so a busy loop delays it as the
TypeScript world's I/O tasks are delayed: the same load gives the same
statistics in both worlds for handlers that only await or only compute.
"""

import asyncio
import inspect
import json as _json
import math
from dataclasses import asdict, dataclass

from ._trace import IoKind
from ._world_http import Response
from ._world_io import HostIo, js_round, main_thread_only, ms_to_us, optional_ms, optional_string, required_count


def _round3(x):
    return js_round(x * 1000) / 1000


def _percentile(ordered, p):
    if not ordered:
        return 0
    rank = math.ceil(p * len(ordered))
    return ordered[0 if rank < 1 else rank - 1]


@dataclass(frozen=True)
class ServerStats:
    """What `await server.done()` and `server.stats()` report (times in ms of virtual time)."""

    #: Requests scheduled so far.
    requests: int
    #: Answered successfully.
    completed: int
    #: Answered 500 (the handler raised).
    failed: int
    #: Time from sending to receiving the response, per answered request, in the order the requests were sent.
    latencies: list
    #: Median latency (nearest rank).
    p50: float
    #: 95th-percentile latency (nearest rank).
    p95: float
    max: float
    mean: float
    #: Successful responses per second of virtual time, from the first request sent to the last response received.
    throughput_per_second: float
    #: The most requests the handler was working on at the same time.
    max_concurrent: int

    def __getitem__(self, name):
        return asdict(self)[name]

    def as_dict(self):
        return asdict(self)


def compute_stats(records, max_concurrent):
    latencies = []
    completed = failed = 0
    total = 0
    first, last = math.inf, -math.inf
    for record in records:
        if record.sent_at < first:
            first = record.sent_at
        if record.answered_at < 0:
            continue
        if record.failed:
            failed += 1
        else:
            completed += 1
        if record.answered_at > last:
            last = record.answered_at
        latency = (record.answered_at - record.sent_at) / 1000
        latencies.append(latency)
        total += latency
    ordered = sorted(latencies)
    span_seconds = (last - first) / 1e6 if last > first else 0
    return ServerStats(
        requests=len(records),
        completed=completed,
        failed=failed,
        latencies=latencies,
        p50=_percentile(ordered, 0.5),
        p95=_percentile(ordered, 0.95),
        max=ordered[-1] if ordered else 0,
        mean=_round3(total / len(latencies)) if latencies else 0,
        throughput_per_second=_round3(completed / span_seconds) if span_seconds > 0 else 0,
        max_concurrent=max_concurrent,
    )


class _Record:
    __slots__ = ('id', 'client_id', 'path', 'sent_at', 'answered_at', 'failed')

    def __init__(self, id, client_id, path, sent_at):
        self.id = id
        self.client_id = client_id
        self.path = path
        self.sent_at = sent_at
        self.answered_at = -1
        self.failed = False


class ServerRequest:
    """What the handler receives for each client request (shaped like aiohttp.web.Request)."""

    __slots__ = ('id', 'method', 'path', 'path_qs', 'query', 'client_id', 'sent_at', '_text')

    def __init__(self, record, method, text):
        path, _, query = record.path.partition('?')
        self.id = record.id
        self.method = method
        self.path = path
        self.path_qs = record.path
        self.query = dict(pair.partition('=')[::2] for pair in query.split('&') if pair)
        self.client_id = record.client_id
        #: Virtual time (ms since the run began) at which the client sent it.
        self.sent_at = record.sent_at / 1000
        self._text = text

    @property
    def can_read_body(self):
        return bool(self._text)

    async def read(self):
        return self._text.encode('utf-8')

    async def text(self):
        return self._text

    async def json(self, *, loads=_json.loads):
        return loads(self._text)

    def __repr__(self):
        return f'<Request {self.method} {self.path_qs} #{self.id} (client {self.client_id})>'


class Server:
    def __init__(self, runtime, handler, name):
        self._runtime = runtime
        self._handler = handler
        self.name = name
        self._records = []
        self._answered = 0
        self._concurrent = 0
        self._max_concurrent = 0
        self._waiters = []

    def stats(self):
        """A snapshot of the statistics so far."""
        return compute_stats(self._records, self._max_concurrent)

    def simulate_load(self, *, clients=None, requests_per_client=None, interval_ms=None, start_ms=0, paths=None, network_latency_ms=0, method='GET', json=None):
        """Schedules `clients` × `requests_per_client` requests; returns at once (the requests arrive as the loop runs)."""
        where = 'server.simulate_load'
        runtime = self._runtime
        main_thread_only(runtime, where)
        clients = required_count(where, 'clients', clients, 1)
        per_client = required_count(where, 'requests_per_client', requests_per_client, 1)
        if interval_ms is None:
            raise TypeError(f'{where}: "interval_ms" is required.')
        interval_ms = optional_ms(where, 'interval_ms', interval_ms)
        start_ms = optional_ms(where, 'start_ms', start_ms) or 0
        latency_us = ms_to_us(optional_ms(where, 'network_latency_ms', network_latency_ms) or 0)
        paths = _paths(where, paths)
        method = (optional_string(where, 'method', method) or 'GET').upper()
        text = '' if json is None else _json.dumps(json)
        base = runtime.clock.now + js_round(start_ms * 1000)
        records = self._records
        first = len(records)
        for k in range(per_client):
            for c in range(1, clients + 1):
                index = len(records)
                sent_at = base + js_round((k * interval_ms + ((c - 1) * interval_ms) / clients) * 1000)
                records.append(_Record(index + 1, c, paths[(index - first) % len(paths)], sent_at))
        end = first + clients * per_client
        for c in range(clients):
            self._send(first + c, clients, end, latency_us, method, text)

    def _send(self, index, stride, end, latency_us, method, text):
        record = self._records[index]
        delay = max(0, record.sent_at + latency_us - self._runtime.clock.now)

        def arrived():
            if index + stride < end:
                self._send(index + stride, stride, end, latency_us, method, text)
            self._arrive(record, latency_us, method, text)

        label = f'{self.name} {record.path} #{record.id} (client {record.client_id})'
        HostIo(self._runtime, IoKind.SERVER_REQUEST, label, delay, arrived, handle_label=f'{label}: the request arrives')

    def _arrive(self, record, latency_us, method, text):
        self._concurrent += 1
        self._max_concurrent = max(self._max_concurrent, self._concurrent)
        request = ServerRequest(record, method, text)
        try:
            result = self._handler(request)
        except Exception:
            self._respond(record, latency_us, True)
            return
        if not inspect.isawaitable(result):
            self._respond(record, latency_us, False, result)
            return
        serving = self._serve(record, latency_us, result)
        serving.__qualname__ = getattr(self._handler, '__qualname__', 'handler')
        asyncio.get_running_loop().create_task(serving, name=f'{self.name} {record.path} #{record.id}')

    async def _serve(self, record, latency_us, pending):
        """Runs the handler's coroutine in the request's task and answers as soon as it returns."""
        try:
            result = await pending
        except asyncio.CancelledError:
            self._respond(record, latency_us, True)
            raise
        except Exception:
            self._respond(record, latency_us, True)
            return
        self._respond(record, latency_us, False, result)

    def _respond(self, record, latency_us, failed, result=None):
        """Sends the response back; a handler that raised answers 500 and the request counts as failed."""
        self._concurrent -= 1
        record.failed = failed
        status = 500 if failed else (result.status if isinstance(result, Response) else 200)
        label = f'{self.name} {status} {record.path} #{record.id} → client {record.client_id}'
        HostIo(self._runtime, IoKind.SERVER_REQUEST, label, latency_us, lambda: self._answered_one(record), handle_label=f'{label}: received', failed=failed)

    def _answered_one(self, record):
        record.answered_at = self._runtime.clock.now
        self._answered += 1
        if self._answered == len(self._records):
            waiters, self._waiters = self._waiters, []
            stats = self.stats()
            for waiter in waiters:
                if not waiter.done():
                    waiter.set_result(stats)

    async def done(self):
        """The statistics, once every simulated request has been answered."""
        if self._answered == len(self._records):
            return self.stats()
        future = asyncio.get_running_loop().create_future()
        self._waiters.append(future)
        self._runtime.io_labels[future] = f'{self.name}.done(): every simulated request to be answered'
        return await future

    def __repr__(self):
        return f'<Server {self.name}: {self._answered}/{len(self._records)} requests answered>'


def _paths(where, paths):
    if paths is None:
        return ['/']
    if isinstance(paths, str) or not isinstance(paths, (list, tuple)) or not paths:
        raise TypeError(f'{where}: "paths" must be a non-empty list of strings.')
    for path in paths:
        if not isinstance(path, str):
            raise TypeError(f'{where}: "paths" must hold strings, got {path!r}.')
    return list(paths)
