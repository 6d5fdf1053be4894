"""URLs and route patterns of the simulated network, as app/engine/runtime/world/url.ts reads them.

The same inputs give the same matches, captures, queries and jitter as in
the TypeScript world (the jitter hash runs over UTF-16 code units with 32-bit
multiplication, as JavaScript's Math.imul does), so a lesson's routes behave
alike in both languages. Hand-written rather than urllib.parse: the two
worlds must agree on every input, including relative paths such as
`/users/1`, which resolve against http://localhost.
"""

import re
from urllib.parse import unquote

LOCAL_ORIGIN = 'http://localhost'

_ABSOLUTE = re.compile(r'([a-zA-Z][a-zA-Z0-9+.-]*)://([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?')
_RELATIVE = re.compile(r'(/[^?#]*)(\?[^#]*)?(#.*)?')
_BAD_ESCAPE = re.compile(r'%(?![0-9a-fA-F]{2})')


class ParsedUrl:
    __slots__ = ('href', 'host', 'relative', 'pathname', 'search')

    def __init__(self, href, host, relative, pathname, search):
        self.href = href
        self.host = host
        self.relative = relative
        self.pathname = pathname
        self.search = search


def parse_url(text):
    """An absolute URL or a path starting with `/`; None for anything else."""
    absolute = _ABSOLUTE.fullmatch(text)
    if absolute:
        scheme = absolute.group(1).lower()
        host = absolute.group(2).lower()
        pathname = absolute.group(3) or '/'
        search = absolute.group(4) or ''
        return ParsedUrl(f'{scheme}://{host}{pathname}{search}', host, False, pathname, search)
    relative = _RELATIVE.fullmatch(text)
    if not relative:
        return None
    pathname = relative.group(1)
    search = relative.group(2) or ''
    return ParsedUrl(f'{LOCAL_ORIGIN}{pathname}{search}', 'localhost', True, pathname, search)


def decode(text):
    text = text.replace('+', ' ')
    if _BAD_ESCAPE.search(text):
        return text
    try:
        return unquote(text, errors='strict')
    except UnicodeDecodeError:
        return text


def parse_query(search):
    """`?a=1&b=two` as {'a': '1', 'b': 'two'} (a repeated key keeps its last value)."""
    query = {}
    text = search[1:] if search.startswith('?') else search
    for pair in text.split('&') if text else ():
        if not pair:
            continue
        key, eq, value = pair.partition('=')
        query[decode(key)] = decode(value) if eq else ''
    return query


def _segments(pathname):
    return [part for part in pathname.split('/') if part]


class PathPattern:
    __slots__ = ('host', 'segments')

    def __init__(self, host, segments):
        self.host = host
        self.segments = segments


def compile_pattern(path):
    url = parse_url(path)
    if url is None:
        raise ValueError(f'A route path must start with "/" or be an absolute URL, got {path!r}.')
    return PathPattern(None if url.relative else url.host, _segments(url.pathname))


def match_pattern(pattern, url):
    """The `:param` captures when `url` matches `pattern`, or None. A final `*` matches the rest."""
    if pattern.host is not None and pattern.host != url.host:
        return None
    segments = _segments(url.pathname)
    expected = pattern.segments
    params = {}
    for i, want in enumerate(expected):
        if want == '*' and i == len(expected) - 1:
            return params
        if i >= len(segments):
            return None
        got = segments[i]
        if want.startswith(':'):
            params[want[1:]] = decode(got)
        elif want != got:
            return None
    return params if len(segments) == len(expected) else None


def hash_unit(text):
    """A deterministic number in [0, 1) from a text: FNV-1a then a final mix, bit for bit as url.ts computes it."""
    h = 0x811C9DC5
    data = text.encode('utf-16-le', 'surrogatepass')
    for i in range(0, len(data), 2):
        h ^= data[i] | (data[i + 1] << 8)
        h = (h * 0x01000193) & 0xFFFFFFFF
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & 0xFFFFFFFF
    h ^= h >> 13
    return h / 4294967296
