"""The simulated network of `looplab.world`, and its aiohttp-shaped client.

Routes answer as app/engine/runtime/world/network.ts answers `fetch`: the
first route whose method and path match (routes added by the program first,
then the lesson's) answers after its latency (plus its seeded jitter) with its
status and body; every `fail_every`-th request to a route fails as a
connection error; a URL no route matches answers 200
`{"url": …, "simulated": true}` after the network's default latency (100 ms).

The client reads like aiohttp:

    async with world.session() as session:
        async with session.get('/users/1') as response:
            response.raise_for_status()
            user = await response.json()

A request is sent when the coroutine first runs (as aiohttp's), is host I/O
in flight until its response arrives, and ends as cancelled when the task is
cancelled first (`world.ClientTimeout(total=…)` does that, then raises
`TimeoutError` as aiohttp's total timeout does). What differs from aiohttp:
the body arrives with the response (reading it costs no time), relative URLs
such as `/users/1` are allowed (they mean http://localhost/users/1), there is
no connection pool or connection limit, and no timeout applies unless one is
given (aiohttp's default is 300 s; aiohttp also rounds deadlines of 5 s or
more up to whole seconds, Looplab keeps them exact).
"""

import asyncio
import inspect
import json as _json
import re
from collections import namedtuple
from collections.abc import Coroutine, Mapping
from http import HTTPStatus
from urllib.parse import urlencode, urljoin

from ._trace import IoKind, Kind
from ._world_io import HostIo, Labelled, main_thread_only, ms_to_us, optional_count, optional_ms, optional_string
from ._world_url import compile_pattern, hash_unit, match_pattern, parse_query, parse_url

_MISSING = object()
_JSON_TYPE = re.compile(r'^application/(?:[\w.+-]+?\+)?json')

RequestInfo = namedtuple('RequestInfo', 'url method headers real_url')


def reason_phrase(status):
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ''


def describe_error(error):
    return f'{type(error).__name__}: {error}'


# -- errors, as aiohttp names them ------------------------------------------------


class ClientError(Exception):
    """Base class of the client's errors (aiohttp.ClientError)."""


class ClientConnectionError(ClientError):
    """The request never got a response: the simulated connection failed (a route's `fail_every`)."""


class ServerTimeoutError(ClientConnectionError, TimeoutError):
    """No data arrived within `ClientTimeout(sock_read=…)`."""


class InvalidURL(ClientError, ValueError):
    def __init__(self, url, description=''):
        super().__init__(url, description)
        self.url = url
        self.description = description

    def __str__(self):
        return f'{self.url} - {self.description}' if self.description else str(self.url)


class ClientResponseError(ClientError):
    """An error status (`raise_for_status()`), or a body that is not what was asked for."""

    def __init__(self, request_info, history, *, status=None, message='', headers=None):
        self.request_info = request_info
        self.history = history
        self.status = status if status is not None else 0
        self.message = message
        self.headers = headers
        super().__init__(request_info)

    def __str__(self):
        return f'{self.status}, message={self.message!r}, url={str(self.request_info.real_url)!r}'

    def __repr__(self):
        return f'{type(self).__name__}({self.request_info!r}, {self.history!r}, status={self.status!r}, message={self.message!r})'


class ContentTypeError(ClientResponseError):
    """`await response.json()` on a body that is not JSON by its Content-Type."""


# -- headers and responses ------------------------------------------------------


class Headers(Mapping):
    """Case-insensitive header names (as aiohttp's CIMultiDictProxy, one value per name)."""

    def __init__(self, items=None):
        self._items = {}
        for name, value in dict(items or {}).items():
            self._items[str(name).lower()] = (str(name), str(value))

    def __getitem__(self, name):
        return self._items[str(name).lower()][1]

    def __iter__(self):
        return (name for name, _ in self._items.values())

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        inner = ', '.join(f'{name!r}: {value!r}' for name, value in self._items.values())
        return f'<Headers({inner})>'


def _mimetype(content_type):
    return content_type.split(';', 1)[0].strip().lower()


class Response:
    """A response a handler or a route gives (aiohttp.web.Response): `Response(text='hi', status=201)`."""

    def __init__(self, *, body=None, status=200, reason=None, text=None, headers=None, content_type=None, charset=None):
        if isinstance(status, bool) or not isinstance(status, int) or not 100 <= status <= 599:
            raise ValueError(f'Response: "status" must be a whole number between 100 and 599, got {status!r}.')
        if text is not None and body is not None:
            raise ValueError('Response: give text or body, not both.')
        if text is not None and not isinstance(text, str):
            raise TypeError(f'Response: text must be a str, got {type(text).__name__}.')
        header_list = dict(Headers(headers))
        given_type = Headers(header_list).get('content-type')
        if text is not None:
            payload = text
            default_type = 'text/plain'
        elif body is None:
            payload = ''
            default_type = None
        elif isinstance(body, (bytes, bytearray)):
            payload = bytes(body).decode(charset or 'utf-8', errors='replace')
            default_type = 'application/octet-stream'
        elif isinstance(body, str):
            payload = body
            default_type = 'text/plain'
        else:
            raise TypeError(f'Response: body must be bytes or str, got {type(body).__name__} (use world.json_response for data).')
        if given_type is None and (content_type or default_type):
            kind = content_type or default_type
            if charset or kind.startswith('text/') or kind == 'application/json':
                kind = f'{kind}; charset={charset or "utf-8"}'
            header_list['Content-Type'] = kind
        self.status = status
        self.reason = reason if reason is not None else reason_phrase(status)
        self.text = payload
        self.body = payload.encode('utf-8')
        self.headers = Headers(header_list)
        self.content_type = _mimetype(self.headers.get('content-type', 'application/octet-stream'))

    def __repr__(self):
        return f'<Response {self.status} {self.reason}>'


def json_response(data=_MISSING, *, text=None, body=None, status=200, reason=None, headers=None, content_type='application/json', dumps=_json.dumps):
    """A JSON response, as aiohttp.web.json_response builds it."""
    if data is not _MISSING:
        if text is not None or body is not None:
            raise ValueError('json_response: give data, text or body, not more than one.')
        text = dumps(data)
    return Response(text=text, body=body, status=status, reason=reason, headers=headers, content_type=content_type)


def route_response(status, value):
    """What a route answers for its body: a Response as given, a str as text, anything else as JSON."""
    if isinstance(value, Response):
        return value
    if value is _MISSING:
        return Response(status=status)
    if isinstance(value, str):
        return Response(text=value, status=status)
    try:
        text = _json.dumps(value, separators=(',', ':'), ensure_ascii=False)
    except (TypeError, ValueError) as error:
        return Response(text=_json.dumps({'error': describe_error(error)}, separators=(',', ':')), status=500, content_type='application/json')
    return Response(text=text, status=status, content_type='application/json')


class ClientResponse:
    """A response as the client sees it (aiohttp.ClientResponse); the body has arrived with it."""

    def __init__(self, method, url, answer, request_info):
        self.method = method
        self.url = url
        self.real_url = url
        self.status = answer.status
        self.reason = answer.reason
        self.headers = answer.headers
        self.request_info = request_info
        self.history = ()
        self._text = answer.text
        self.closed = False

    @property
    def ok(self):
        return self.status < 400

    @property
    def content_type(self):
        return _mimetype(self.headers.get('content-type', 'application/octet-stream'))

    @property
    def charset(self):
        for part in self.headers.get('content-type', '').split(';')[1:]:
            name, _, value = part.strip().partition('=')
            if name.lower() == 'charset':
                return value.strip('"') or None
        return None

    async def read(self):
        return self._text.encode('utf-8')

    async def text(self, encoding=None, errors='strict'):
        return self._text

    async def json(self, *, encoding=None, loads=_json.loads, content_type='application/json'):
        if content_type:
            received = self.headers.get('content-type', '').lower()
            expected = _JSON_TYPE.match(received) if content_type == 'application/json' else content_type in received
            if not expected:
                raise ContentTypeError(
                    self.request_info,
                    self.history,
                    status=self.status,
                    message=f'Attempt to decode JSON with unexpected mimetype: {received}',
                    headers=self.headers,
                )
        stripped = self._text.strip()
        if not stripped:
            return None
        return loads(stripped)

    def raise_for_status(self):
        if self.status >= 400:
            raise ClientResponseError(self.request_info, self.history, status=self.status, message=self.reason, headers=self.headers)

    def release(self):
        self.closed = True

    def close(self):
        self.closed = True

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_info):
        self.release()

    def __repr__(self):
        return f'<ClientResponse({self.url}) [{self.status} {self.reason}]>'


# -- routes --------------------------------------------------------------------------


class RouteRequest:
    """What a route's body function receives: the request, taken apart."""

    __slots__ = ('method', 'url', 'path', 'params', 'query', 'body')

    def __init__(self, method, url, path, params, query, body):
        self.method = method
        self.url = url
        self.path = path
        self.params = params
        self.query = query
        self.body = body

    @property
    def match_info(self):
        """aiohttp's name for the `:param` captures."""
        return self.params

    def __repr__(self):
        return f'<RouteRequest {self.method} {self.url} params={self.params!r}>'


class Route:
    __slots__ = ('path', 'method', 'latency_ms', 'jitter_ms', 'status', 'body', 'fail_every', 'pattern', 'count')

    def __init__(self, path, method, latency_ms, jitter_ms, status, body, fail_every):
        self.path = path
        self.method = method.upper() if method is not None else None
        self.latency_ms = latency_ms
        self.jitter_ms = jitter_ms
        self.status = status
        self.body = body
        self.fail_every = fail_every
        self.pattern = compile_pattern(path)
        self.count = 0


def check_route(where, path, names, options):
    """A route from `world.route(path, …)` (snake_case names) or a lesson's WorldConfig (camelCase)."""
    if not isinstance(path, str):
        raise TypeError(f"{where}: the path must be a string such as '/users/:id', got {type(path).__name__}.")
    status = optional_count(where, names['status'], options.get('status'), 200)
    if status is not None and status > 599:
        raise ValueError(f'{where}: "{names["status"]}" must be between 200 and 599, got {status}.')
    return Route(
        path,
        optional_string(where, names['method'], options.get('method')),
        optional_ms(where, names['latency'], options.get('latency')),
        optional_ms(where, names['jitter'], options.get('jitter')),
        status,
        options.get('body', _MISSING),
        optional_count(where, names['fail_every'], options.get('fail_every'), 1),
    )


PYTHON_NAMES = {'status': 'status', 'method': 'method', 'latency': 'latency_ms', 'jitter': 'jitter_ms', 'fail_every': 'fail_every'}
CONFIG_NAMES = {'status': 'status', 'method': 'method', 'latency': 'latencyMs', 'jitter': 'jitterMs', 'fail_every': 'failEvery'}


def _label(method, url):
    where = f'{url.pathname}{url.search}' if url.host == 'localhost' else f'{url.host}{url.pathname}{url.search}'
    text = f'{method} {where}'
    return text if len(text) <= 80 else text[:79] + '…'


def _parse_body(text):
    try:
        return _json.loads(text)
    except ValueError:
        return text


class Network:
    def __init__(self, runtime, config):
        self._runtime = runtime
        where = 'the world configuration'
        latency = config.get('defaultLatencyMs')
        self.default_latency_ms = optional_ms(where, 'network.defaultLatencyMs', latency)
        if self.default_latency_ms is None:
            self.default_latency_ms = 100
        self.routes = []
        self.request_count = 0
        for index, route in enumerate(config.get('routes') or ()):
            if not isinstance(route, dict):
                raise TypeError(f'{where}: network.routes[{index}] must be an object with a path.')
            options = {
                'status': route.get('status'),
                'method': route.get('method'),
                'latency': route.get('latencyMs'),
                'jitter': route.get('jitterMs'),
                'fail_every': route.get('failEvery'),
            }
            if 'body' in route:
                options['body'] = route['body']
            self.routes.append(check_route(f'{where} (network.routes[{index}])', route.get('path'), CONFIG_NAMES, options))

    def add_route(self, route):
        """A route added by the program takes precedence over the ones before it."""
        self.routes.insert(0, route)

    def _find(self, method, url):
        for route in self.routes:
            if route.method is not None and route.method != method:
                continue
            params = match_pattern(route.pattern, url)
            if params is not None:
                return route, params
        return None, None

    def send(self, loop, method, url, request_body, future, request_info):
        """Sends a request: the response (or the failure) settles `future` when it arrives. Returns (io, label)."""
        self.request_count += 1
        index = self.request_count
        route, params = self._find(method, url)
        latency_ms = route.latency_ms if route is not None and route.latency_ms is not None else self.default_latency_ms
        if route is not None and route.jitter_ms:
            latency_ms += hash_unit(f'{index} {method} {url.href}') * route.jitter_ms
        fails = False
        route_index = 0
        if route is not None:
            route.count += 1
            route_index = route.count
            fails = bool(route.fail_every) and route_index % route.fail_every == 0
        label = _label(method, url)

        def answer(response):
            if not future.done():
                future.set_result(ClientResponse(method, url.href, response, request_info))

        def arrive():
            if future.done():
                return
            if fails:
                future.set_exception(
                    ClientConnectionError(f'Simulated network failure: request {route_index} to {route.path} (fail_every: {route.fail_every})')
                )
                return
            if route is None:
                return answer(route_response(200, {'url': url.href, 'simulated': True}))
            status = route.status if route.status is not None else 200
            body = route.body
            if not callable(body) or isinstance(body, Response):
                return answer(route_response(status, body))
            info = RouteRequest(method, url.href, url.pathname, params, parse_query(url.search), request_body)
            try:
                produced = body(info)
            except Exception as error:
                return answer(route_response(500, {'error': describe_error(error)}))
            if not inspect.isawaitable(produced):
                return answer(route_response(status, produced))
            pending = asyncio.ensure_future(produced, loop=loop)

            def computed(task):
                if task.cancelled():
                    return answer(route_response(500, {'error': 'CancelledError: the route body was cancelled'}))
                error = task.exception()
                answer(route_response(500, {'error': describe_error(error)}) if error is not None else route_response(status, task.result()))

            pending.add_done_callback(Labelled(computed, f'{label}: the route body is ready'))

        outcome = 'fails' if fails else 'the response arrives'
        io = HostIo(self._runtime, IoKind.FETCH, label, ms_to_us(latency_ms), arrive, handle_label=f'{label}: {outcome}', failed=fails)
        if route is None:
            # Traced as the TypeScript world traces it: the console notes it, the lessons check rejects it.
            recorder = self._runtime.recorder
            recorder.emit(Kind.UNROUTED_REQUEST, 0, io.start_seq, io.id, recorder.intern(f'{method} {url.href}'))
        return io, label


# -- the client ------------------------------------------------------------------------


class ClientTimeout:
    """aiohttp.ClientTimeout: `total` bounds the whole request; `sock_read` the wait for its data (here the same
    wait, since a response arrives whole); `connect` and `sock_connect` never expire (connecting takes no time)."""

    __slots__ = ('total', 'connect', 'sock_read', 'sock_connect', 'ceil_threshold')

    def __init__(self, total=None, connect=None, sock_read=None, sock_connect=None, ceil_threshold=5):
        for name, value in (('total', total), ('connect', connect), ('sock_read', sock_read), ('sock_connect', sock_connect)):
            if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0):
                raise ValueError(f'ClientTimeout: {name} must be a number of seconds ≥ 0 or None, got {value!r}.')
        self.total = total
        self.connect = connect
        self.sock_read = sock_read
        self.sock_connect = sock_connect
        self.ceil_threshold = ceil_threshold

    def __repr__(self):
        return (
            f'ClientTimeout(total={self.total!r}, connect={self.connect!r}, sock_read={self.sock_read!r}, '
            f'sock_connect={self.sock_connect!r}, ceil_threshold={self.ceil_threshold!r})'
        )


def _as_timeout(value, where):
    if value is None or isinstance(value, ClientTimeout):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return ClientTimeout(total=value)
    raise TypeError(f'{where}: timeout must be a world.ClientTimeout (or a number of seconds), got {type(value).__name__}.')


class _RequestContextManager(Coroutine):
    """What `session.get(…)` returns: await it for the response, or `async with` it (the response is released after).
    A coroutine, as aiohttp's, so `asyncio.create_task(session.get(url))` works too."""

    __slots__ = ('_coro', '_response')

    def __init__(self, coro):
        self._coro = coro
        self._response = None

    def __await__(self):
        return self._coro.__await__()

    def send(self, value):
        return self._coro.send(value)

    def throw(self, *args):
        return self._coro.throw(*args)

    def close(self):
        return self._coro.close()

    async def __aenter__(self):
        self._response = await self._coro
        return self._response

    async def __aexit__(self, *exc_info):
        self._response.release()


class ClientSession:
    """aiohttp.ClientSession over the simulated network: `async with world.session() as session: …`."""

    #: Set on the subclass each run makes (see _world.py).
    _runtime = None
    _network = None

    def __init__(self, base_url=None, *, timeout=None, raise_for_status=False, headers=None):
        if base_url is not None and parse_url(str(base_url)) is None:
            raise InvalidURL(base_url, 'base_url must be an absolute URL such as https://api.example.com/')
        self._base_url = str(base_url) if base_url is not None else None
        self._timeout = _as_timeout(timeout, 'ClientSession')
        self._raise_for_status = raise_for_status
        self.headers = Headers(headers)
        self._closed = False

    @property
    def closed(self):
        return self._closed

    @property
    def timeout(self):
        return self._timeout

    async def close(self):
        self._closed = True

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_info):
        await self.close()

    def request(self, method, url, **options):
        return _RequestContextManager(self._request(str(method).upper(), url, **options))

    def get(self, url, **options):
        return self.request('GET', url, **options)

    def post(self, url, **options):
        return self.request('POST', url, **options)

    def put(self, url, **options):
        return self.request('PUT', url, **options)

    def patch(self, url, **options):
        return self.request('PATCH', url, **options)

    def delete(self, url, **options):
        return self.request('DELETE', url, **options)

    def head(self, url, **options):
        return self.request('HEAD', url, **options)

    def options(self, url, **options):
        return self.request('OPTIONS', url, **options)

    def _target(self, url, params):
        text = str(url)
        if self._base_url is not None:
            given = parse_url(text)
            if given is None or given.relative:
                text = urljoin(self._base_url, text)
        if params:
            query = urlencode(params if isinstance(params, Mapping) else list(params))
            text = f'{text}{"&" if "?" in text else "?"}{query}'
        parsed = parse_url(text)
        if parsed is None:
            raise InvalidURL(text, "use a path such as '/users/1' or an absolute URL such as 'https://api.example.com/users/1'")
        return parsed

    async def _request(self, method, url, *, params=None, json=_MISSING, data=None, headers=None, timeout=_MISSING, raise_for_status=None, **ignored):
        runtime = self._runtime
        main_thread_only(runtime, f'session.{method.lower()}()')
        if self._closed:
            raise RuntimeError('Session is closed')
        target = self._target(url, params)
        if json is not _MISSING and data is not None:
            raise ValueError('data and json parameters can not be used at the same time')
        if json is not _MISSING:
            request_body = _parse_body(_json.dumps(json))
        elif data is None:
            request_body = None
        elif isinstance(data, (bytes, bytearray)):
            request_body = _parse_body(bytes(data).decode('utf-8', errors='replace'))
        elif isinstance(data, Mapping):
            request_body = urlencode(data)
        else:
            request_body = _parse_body(str(data))
        request_headers = Headers({**self.headers, **dict(Headers(headers))})
        request_info = RequestInfo(target.href, method, request_headers, target.href)
        limit = _as_timeout(self._timeout if timeout is _MISSING else timeout, f'session.{method.lower()}()')
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        io, label = self._network.send(loop, method, target, request_body, future, request_info)
        runtime.io_labels[future] = f'{label} (network)'
        timer, expired = self._deadline(loop, limit, label)
        try:
            response = await future
        except asyncio.CancelledError:
            io.cancel()
            if expired and expired[0].uncancel() <= expired[1]:
                raise expired[2] from None
            raise
        finally:
            if timer is not None:
                timer.cancel()
        if raise_for_status if raise_for_status is not None else self._raise_for_status:
            response.raise_for_status()
        return response

    def _deadline(self, loop, limit, label):
        """A timer that cancels the request when its ClientTimeout passes; `expired` says so once it fired."""
        if limit is None:
            return None, None
        bounds = [(limit.total, TimeoutError, 'total'), (limit.sock_read, lambda: ServerTimeoutError('Timeout on reading data from socket'), 'sock_read')]
        bounds = [bound for bound in bounds if bound[0] is not None]
        if not bounds:
            return None, None
        seconds, error, name = min(bounds, key=lambda bound: bound[0])
        task = asyncio.current_task()
        expired = []
        cancelling = task.cancelling()

        def expire():
            expired.extend((task, cancelling, error()))
            task.cancel()

        timer = loop.call_later(seconds, Labelled(expire, f'ClientTimeout({name}={seconds}): {label} took too long, cancel it'))
        return timer, expired
