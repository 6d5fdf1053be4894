"""`world.channel(latency_ms=…)`: an asynchronous message channel, as app/engine/runtime/world/channel.ts.

    chat = world.channel(latency_ms=30, name='chat')
    await chat.send({'to': 'bob', 'text': 'hi'})     # in flight for 30 ms
    message = await chat.receive()
    async for message in chat: …                     # until closed and drained
    chat.close()

`send` copies the message (the receiver never shares the sender's objects)
and delivers it after the channel's latency, as host I/O; messages arrive in
the order they were sent. `receive()` takes the oldest message that arrived,
or waits for the next one; once the channel is closed and every message in
flight has been received, `receive()` raises `world.ChannelClosed` and
`async for` ends. `send` is a coroutine, as `asyncio.Queue.put` is;
`send_nowait` is its synchronous twin.
"""

import asyncio
from collections import deque

from ._trace import IoKind
from ._world_io import HostIo, clone, main_thread_only, ms_to_us, optional_ms, optional_string


class ChannelClosed(Exception):
    """The channel is closed: nothing more can be sent, or nothing more will come."""


def _preview(message):
    if isinstance(message, str):
        return repr(message) if len(message) <= 24 else repr(message[:23]) + '…'
    if isinstance(message, dict):
        return '{…}'
    if isinstance(message, (list, tuple)):
        return f'[…{len(message)}]'
    text = repr(message)
    return text if len(text) <= 24 else text[:23] + '…'


class Channel:
    def __init__(self, runtime, latency_ms, name):
        self._runtime = runtime
        self._latency_us = ms_to_us(latency_ms)
        self.name = name
        self._inbox = deque()
        self._waiters = deque()
        self._in_flight = 0
        self._closed = False

    @property
    def size(self):
        """Messages that arrived and wait to be received."""
        return len(self._inbox)

    def __len__(self):
        return len(self._inbox)

    @property
    def closed(self):
        return self._closed

    def _drained(self):
        return self._closed and self._in_flight == 0 and not self._inbox

    def send_nowait(self, message):
        main_thread_only(self._runtime, 'channel.send')
        if self._closed:
            raise ChannelClosed(f'Channel {self.name} is closed: it cannot send any more.')
        data = clone(message, 'channel.send')
        to = data.get('to') if isinstance(data, dict) else None
        label = f'channel {self.name} → {to}' if isinstance(to, str) else f'channel {self.name}: {_preview(data)}'
        self._in_flight += 1
        HostIo(self._runtime, IoKind.CHANNEL_MESSAGE, label, self._latency_us, lambda: self._deliver(data), handle_label=f'{label}: the message arrives')

    async def send(self, message):
        self.send_nowait(message)

    def _deliver(self, message):
        self._in_flight -= 1
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(message)
                break
        else:
            self._inbox.append(message)
        self._end_waiters()

    def _end_waiters(self):
        if not self._drained():
            return
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_exception(self._closed_error())

    def _closed_error(self):
        return ChannelClosed(f'Channel {self.name} is closed: no message will come.')

    def receive_nowait(self):
        """The oldest message that arrived; raises asyncio.QueueEmpty when none has (ChannelClosed once drained)."""
        if self._inbox:
            return self._inbox.popleft()
        if self._drained():
            raise self._closed_error()
        raise asyncio.QueueEmpty()

    async def receive(self):
        if self._inbox:
            return self._inbox.popleft()
        if self._drained():
            raise self._closed_error()
        future = asyncio.get_running_loop().create_future()
        self._waiters.append(future)
        self._runtime.io_labels[future] = f'channel {self.name}: the next message'
        return await future

    def close(self):
        self._closed = True
        self._end_waiters()

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return await self.receive()
        except ChannelClosed:
            if self._drained():
                raise StopAsyncIteration from None
            raise

    def __repr__(self):
        state = 'closed' if self._closed else 'open'
        return f'<Channel {self.name} ({state}, {len(self._inbox)} waiting, {self._in_flight} in flight)>'


def create_channel(runtime, counter, latency_ms=0, name=None):
    where = 'world.channel'
    latency = optional_ms(where, 'latency_ms', latency_ms) or 0
    given = optional_string(where, 'name', name)
    return Channel(runtime, latency, given if given is not None else f'#{next(counter)}')
