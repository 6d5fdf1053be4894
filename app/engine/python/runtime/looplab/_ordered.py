"""A set that iterates in insertion order.

asyncio keeps tasks in plain sets (a TaskGroup's children, what `wait`
returns, what `as_completed` schedules), so their order follows `id()`:
memory addresses, which differ between CPython builds. Looplab gives those
modules this set instead, so runs are deterministic and show the order CPython
shows in practice (objects allocated one after another).
"""

from collections.abc import MutableSet


class InsertionOrderedSet(MutableSet):
    __slots__ = ('_items',)

    def __init__(self, iterable=()):
        self._items = dict.fromkeys(iterable)

    def __contains__(self, item):
        return item in self._items

    def __iter__(self):
        return iter(list(self._items))

    def __len__(self):
        return len(self._items)

    def add(self, item):
        self._items[item] = None

    def discard(self, item):
        self._items.pop(item, None)

    def copy(self):
        return InsertionOrderedSet(self._items)

    def update(self, *iterables):
        for iterable in iterables:
            for item in iterable:
                self._items[item] = None

    def difference_update(self, *iterables):
        for iterable in iterables:
            for item in iterable:
                self._items.pop(item, None)

    def union(self, *iterables):
        result = self.copy()
        result.update(*iterables)
        return result

    def difference(self, *iterables):
        result = self.copy()
        result.difference_update(*iterables)
        return result

    def intersection(self, other):
        other = set(other)
        return InsertionOrderedSet(item for item in self._items if item in other)

    def issubset(self, other):
        return self <= set(other)

    def issuperset(self, other):
        return self >= set(other)

    def __repr__(self):
        if not self._items:
            return 'set()'
        return '{' + ', '.join(repr(item) for item in self._items) + '}'

    __hash__ = None
