import { expect } from '@playwright/test'
import { CRASHED_AT, FINISHED, WATCHDOG, type SecurityCase } from './cases.ts'

/**
 * The Python half of the security and fault corpus: what a learner's asyncio
 * program (or a shared link carrying one) may try in the sandbox, run on
 * Pyodide in the built app. Each case gets the same checks as the TypeScript
 * ones (canary silent, page responsive, editor intact, next run works).
 * `{{CANARY}}` is the canary's `http://127.0.0.1:<port>`; `{{PORT}}` its port.
 */

const SANDBOX = 'Looplab runs Python in a sandbox'
const NO_NETWORK = `${SANDBOX} with no network`
const LINES_BUDGET =
  /^The program ran 1,000,000 lines of Python without finishing, so Looplab stopped it\. Is there a loop that never ends\?$/

function python(c: Omit<SecurityCase, 'language'>): SecurityCase {
  return { ...c, language: 'python' }
}

export const PYTHON_CASES: SecurityCase[] = [
  // ───────────────────────────── escape attempts ─────────────────────────────
  python({
    name: 'Python: import js (the bridge to the page) is refused with a reason',
    group: 'escape',
    program: `import js\njs.fetch('{{CANARY}}/js')\nprint('reached the page')`,
    expect: { status: CRASHED_AT(1, `ImportError: ${SANDBOX}: the js module`), consoleAbsent: /reached the page/ },
  }),
  python({
    name: 'Python: pyodide.http.pyfetch cannot be imported',
    group: 'escape',
    program: `from pyodide.http import pyfetch\nimport asyncio\nasyncio.run(pyfetch('{{CANARY}}/pyfetch'))`,
    expect: { status: CRASHED_AT(1, `ImportError: ${SANDBOX}: the pyodide module`) },
  }),
  python({
    name: 'Python: pyodide.ffi and pyodide_js are refused too',
    group: 'escape',
    program: `try:\n    import pyodide.ffi\nexcept ImportError as e:\n    print('ffi:', e)\nimport pyodide_js`,
    expect: { status: CRASHED_AT(5, `ImportError: ${SANDBOX}: the pyodide_js module`), console: /^ffi: Looplab runs Python in a sandbox/ },
  }),
  python({
    name: 'Python: __import__ and importlib.import_module meet the same refusal',
    group: 'escape',
    program: `try:\n    __import__('js')\nexcept ImportError as e:\n    print('dunder:', e)\nimport importlib\nimportlib.import_module('_pyodide_core')`,
    expect: { status: CRASHED_AT(6, `ImportError: ${SANDBOX}: the _pyodide_core module`), console: /^dunder: Looplab runs Python/ },
  }),
  python({
    name: 'Python: taking the refuser out of sys.meta_path does not bring js back',
    group: 'escape',
    program: `import sys\nsys.meta_path[:] = [f for f in sys.meta_path if 'Refuser' not in type(f).__name__]\nimport js\njs.fetch('{{CANARY}}/meta')`,
    expect: { status: CRASHED_AT(3, "ModuleNotFoundError: No module named 'js'") },
  }),
  python({
    name: 'Python: the JavaScript proxies gc can find reach neither fetch nor the network',
    group: 'escape',
    program: `import gc
found = [o for o in gc.get_objects() if 'Js' in type(o).__name__]
reached = 0
for o in found:
    for name in ('fetch', 'XMLHttpRequest', 'WebSocket', 'importScripts', 'postMessage'):
        try:
            target = getattr(o, name)
            target('{{CANARY}}/gc')
            reached += 1
        except BaseException:
            pass
print('proxies tried:', len(found) > 0)`,
    expect: { status: FINISHED, console: /^proxies tried: (True|False)$/ },
  }),
  python({
    name: "Python: open('/etc/passwd') sees only the private in-memory file system",
    group: 'escape',
    program: `import os\nprint(sorted(os.listdir('/')))\nprint(open('/etc/passwd').read())`,
    expect: { status: CRASHED_AT(3, "FileNotFoundError: \\[Errno 44\\] No such file or directory: '/etc/passwd'"), consoleAbsent: /root:/ },
  }),
  python({
    name: 'Python: os.system cannot start a program',
    group: 'escape',
    program: `import os\nos.system('curl {{CANARY}}/system')`,
    expect: { status: CRASHED_AT(2, `OSError: ${SANDBOX}: os.system\\(\\) cannot start programs`) },
  }),
  python({
    name: 'Python: subprocess is refused at import',
    group: 'escape',
    program: `import subprocess\nsubprocess.run(['curl', '{{CANARY}}'])`,
    expect: { status: CRASHED_AT(1, `ImportError: ${SANDBOX}: there are no subprocesses`) },
  }),
  python({
    name: 'Python: ctypes (native code) is refused at import',
    group: 'escape',
    program: `import ctypes\nprint(ctypes.CDLL(None))`,
    expect: { status: CRASHED_AT(1, `ImportError: ${SANDBOX}: ctypes \\(native code\\) is not available`) },
  }),
  python({
    name: 'Python: a raw socket cannot connect to the canary',
    group: 'escape',
    program: `import socket\ns = socket.create_connection(('127.0.0.1', {{PORT}}))\ns.sendall(b'GET / HTTP/1.0\\r\\n\\r\\n')`,
    expect: { status: CRASHED_AT(2, `OSError: ${NO_NETWORK}: socket.connect\\(\\) cannot reach anything`) },
  }),
  python({
    name: 'Python: urllib.request points to the simulated world instead of the network',
    group: 'escape',
    program: `import urllib.request\nprint(urllib.request.urlopen('{{CANARY}}/urllib').read())`,
    expect: { status: CRASHED_AT(1, `ImportError: ${NO_NETWORK}: use \`from looplab import world\``) },
  }),
  python({
    name: 'Python: asyncio.open_connection to the canary is refused',
    group: 'escape',
    program: `import asyncio\nasync def main():\n    reader, writer = await asyncio.open_connection('127.0.0.1', {{PORT}})\n    print('connected')\nasyncio.run(main())`,
    expect: { status: CRASHED_AT(3, `OSError: ${NO_NETWORK}`), consoleAbsent: /^connected/m },
  }),
  python({
    name: 'Python: printing a protocol-shaped message is shown as text and forges nothing',
    group: 'escape',
    program: `import sys\nsys.stdout.write('{"type":"trace","events":[]}\\n')\nsys.__stdout__.write('{"type":"finished"}\\n')\nprint('done')`,
    expect: { status: /^Finished in .*, 2 lines of output\.$/, console: /^\{"type":"trace","events":\[\]\}\ndone$/ },
  }),
  python({
    name: "Python: freeing Looplab's monitoring tool is refused, so the run stays traced",
    group: 'escape',
    program: `import sys\ntry:\n    sys.monitoring.free_tool_id(4)\nexcept ValueError as e:\n    print(e)\nfor i in range(3):\n    print('step', i)`,
    expect: { status: FINISHED, console: /tool 4 is Looplab's tracer[^]*step 2$/ },
  }),

  // ───────────────────────────── faults ─────────────────────────────
  python({
    name: 'Python: while True: pass is stopped by the line budget, with the same question as TypeScript',
    group: 'fault',
    program: `while True:\n    pass`,
    expect: { status: LINES_BUDGET },
  }),
  python({
    name: 'Python: an endless await asyncio.sleep(0) loop is stopped with an explanation',
    group: 'fault',
    program: `import asyncio\nasync def main():\n    n = 0\n    while True:\n        n += 1\n        await asyncio.sleep(0)\nasyncio.run(main())`,
    expect: {
      status: /^The program (ran 1,000,000 lines of Python|produced more than 2,000,000 trace events|took more than 10 s of real time)/,
    },
  }),
  python({
    name: 'Python: unbounded recursion is a RecursionError with its line',
    group: 'fault',
    program: `def f(n):\n    return f(n + 1)\nf(0)`,
    expect: {
      status: CRASHED_AT(2, 'RecursionError: maximum recursion depth exceeded'),
      console: /\[Previous line repeated \d+ more times\]/,
    },
  }),
  python({
    name: 'Python: a memory bomb is ended by the watchdog and the page survives',
    group: 'fault',
    program: `chunks = []\nwhile True:\n    chunks.append(' ' * 10**7)`,
    expect: { status: /^(The program stopped responding|The program crashed at line 3: MemoryError)/ },
  }),
  python({
    name: "Python: printing a 30,000-digit int is CPython's ValueError, not a hang",
    group: 'fault',
    program: `print(2 ** 100000)`,
    expect: { status: CRASHED_AT(1, 'ValueError: Exceeds the limit \\(4300 digits\\) for integer string conversion') },
  }),
  python({
    name: 'Python: computing a ten-million-digit int is ended by the watchdog',
    group: 'fault',
    program: `x = 10 ** (10 ** 7)\nprint('computed')`,
    expect: { status: WATCHDOG, consoleAbsent: /computed/ },
  }),
  python({
    name: 'Python: a syntax error gives its line and column and runs nothing',
    group: 'fault',
    program: `import asyncio\nasync def main()\n    await asyncio.sleep(1)\nprint('ran')`,
    expect: { status: /^Line 2, column 17: SyntaxError: expected ':' The program was not run\.$/, consoleAbsent: /ran/ },
  }),
  python({
    name: 'Python: an uncaught exception in a coroutine prints a traceback ending in the learner’s line',
    group: 'fault',
    program: `import asyncio\nasync def main():\n    await asyncio.sleep(0.01)\n    raise ValueError('boom')\nasyncio.run(main())`,
    expect: {
      status: /^The program crashed at line 4: ValueError: boom \(exit code 1, after 10 ms\)/,
      console:
        /^Traceback \(most recent call last\):[^]*File "main\.py", line 4, in main\n {4}raise ValueError\('boom'\)\nValueError: boom$/,
    },
  }),
  python({
    name: 'Python: a task whose exception is never retrieved gets CPython’s warning',
    group: 'fault',
    program: `import asyncio\nasync def bad():\n    raise RuntimeError('lost')\nasync def main():\n    asyncio.create_task(bad())\n    await asyncio.sleep(0.01)\nasyncio.run(main())`,
    expect: {
      status: FINISHED,
      console: /^Task exception was never retrieved\nfuture: <Task finished name='Task-2' coro=<bad\(\) done[^]*RuntimeError: lost$/,
    },
  }),
  python({
    name: 'Python: asyncio.run inside a running loop is RuntimeError, as in CPython',
    group: 'fault',
    program: `import asyncio\nasync def main():\n    asyncio.run(asyncio.sleep(0))\nasyncio.run(main())`,
    expect: { status: CRASHED_AT(3, 'RuntimeError: asyncio.run\\(\\) cannot be called from a running event loop') },
  }),
  python({
    name: 'Python: sys.exit(3) ends the run with its code and keeps what it printed',
    group: 'fault',
    program: `import sys\nprint('bye')\nsys.exit(3)`,
    expect: { status: /^The program called sys\.exit\(3\)/, console: /^bye$/ },
  }),
  python({
    name: 'Python: time.sleep for a million seconds is stopped by the virtual-time limit at once',
    group: 'fault',
    program: `import time\ntime.sleep(10**6)\nprint('woke')`,
    expect: { status: /^The program was still running after 60 minutes of virtual time/, consoleAbsent: /woke/ },
  }),

  // ───────────────────────────── hostile output ─────────────────────────────
  python({
    name: 'Python: printed HTML is shown as text and runs nothing',
    group: 'output',
    program: `print('<img src=x onerror="window.__pwned=1"><b>bold</b><script>window.__pwned=2</script>')`,
    expect: { status: FINISHED, console: /^<img src=x onerror="window\.__pwned=1"><b>bold<\/b><script>window\.__pwned=2<\/script>$/ },
    after: async (page) => {
      await expect(page.getByRole('log').locator('img, b, script')).toHaveCount(0)
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined()
    },
  }),
  python({
    name: 'Python: an output flood is stopped with an explanation and the page stays fast',
    group: 'output',
    program: `for i in range(5_000_000):\n    print(i)`,
    timeoutMs: 40_000,
    expect: { status: /^The program (printed more than|ran 1,000,000 lines of Python|took more than 10 s of real time)/ },
  }),
]
