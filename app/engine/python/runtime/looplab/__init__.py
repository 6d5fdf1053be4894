"""Looplab's Python runtime, and the simulated world learners' programs use.

    from looplab import world

The rest of this package (modules starting with `_`) is the runtime itself:
the virtual-time asyncio loop, the trace, the monitor of the learner's code.
"""
