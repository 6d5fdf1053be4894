import { beforeAll, describe, expect, test } from 'vitest'
import { pythonInterpreter, runPythonInNode } from '../../../app/cli/pythonNodeRunner.ts'

/**
 * What a learner's Python cannot reach. The sandbox worker (opaque origin, deny-all CSP) is the
 * boundary; these refusals keep programs on the modelled loop and say why, and must hold even
 * when the program tries to take them apart.
 */

const ATTEMPT = `
import sys
def attempt(label, fn):
    try:
        fn()
        print(label, "OK")
    except BaseException as e:
        print(label, type(e).__name__, str(e))
`

async function outcomes(body: string): Promise<Map<string, string>> {
  const result = await runPythonInNode(`${ATTEMPT}\n${body}`, { fileName: '/home/learner/main.py', budgets: { maxWallMs: 20_000 } })
  const lines = new Map<string, string>()
  for (const line of result.stdout.trimEnd().split('\n')) {
    const space = line.indexOf(' ')
    lines.set(line.slice(0, space), line.slice(space + 1))
  }
  return lines
}

beforeAll(async () => {
  await pythonInterpreter()
}, 120_000)

describe('the Python sandbox', () => {
  test('the bridges to JavaScript, native code and processes are refused at import with a reason', async () => {
    const got = await outcomes(
      ['js', 'pyodide', 'pyodide_js', '_pyodide', 'pyodide.ffi', 'ctypes', 'subprocess', 'micropip']
        .map((name) => `attempt(${JSON.stringify(name)}, lambda: __import__(${JSON.stringify(name)}))`)
        .join('\n'),
    )
    for (const name of ['js', 'pyodide', 'pyodide_js', '_pyodide', 'pyodide.ffi', 'ctypes', 'subprocess', 'micropip'])
      expect(got.get(name), name).toMatch(/^ImportError Looplab runs Python in a sandbox/)
  })

  test('taking the refuser out of sys.meta_path does not bring the js module back', async () => {
    const got = await outcomes(`
sys.meta_path[:] = [f for f in sys.meta_path if type(f).__name__ != '_Refuser']
attempt("js", lambda: __import__("js"))
attempt("importlib", lambda: __import__("importlib").import_module("js"))
`)
    expect(got.get('js')).toMatch(/^ModuleNotFoundError/)
    expect(got.get('importlib')).toMatch(/^ModuleNotFoundError/)
  })

  test('sockets cannot connect or listen, and the HTTP clients point to the simulated world', async () => {
    const got = await outcomes(`
import socket
attempt("connect", lambda: socket.create_connection(("127.0.0.1", 80)))
attempt("bind", lambda: socket.socket().bind(("0.0.0.0", 8080)))
attempt("urllib", lambda: __import__("urllib.request"))
attempt("aiohttp", lambda: __import__("aiohttp"))
`)
    expect(got.get('connect')).toMatch(/^OSError Looplab runs Python in a sandbox with no network/)
    expect(got.get('bind')).toMatch(/^OSError Looplab runs Python in a sandbox with no network/)
    expect(got.get('urllib')).toMatch(/from looplab import world/)
    expect(got.get('aiohttp')).toMatch(/from looplab import world/)
  })

  test('os.system and friends cannot start programs, and the file system is a private in-memory one', async () => {
    const got = await outcomes(`
import os
attempt("system", lambda: os.system("ls"))
attempt("popen", lambda: os.popen("ls"))
attempt("passwd", lambda: open("/etc/passwd").read())
def write_and_read():
    with open("/tmp/notes.txt", "w") as f:
        f.write("kept")
    assert open("/tmp/notes.txt").read() == "kept"
attempt("tmp", write_and_read)
`)
    expect(got.get('system')).toMatch(/^OSError .*cannot start programs/)
    expect(got.get('popen')).toMatch(/^OSError .*cannot start programs/)
    expect(got.get('passwd')).toMatch(/^FileNotFoundError/)
    expect(got.get('tmp')).toBe('OK')
  })

  test('a program clearing sys.meta_path leaves the next run its imports and the same refusals', async () => {
    await outcomes(`sys.meta_path.clear()`)
    const got = await outcomes(`attempt("js", lambda: __import__("js"))\nattempt("fractions", lambda: __import__("fractions"))`)
    expect(got.get('js')).toMatch(/^ImportError Looplab runs Python in a sandbox/)
    expect(got.get('fractions')).toBe('OK')
  })

  test("Looplab's monitoring tool cannot be freed or muted, other tool ids work, and an endless loop is still stopped", async () => {
    const got = await outcomes(`
mon = sys.monitoring
attempt("free", lambda: mon.free_tool_id(4))
attempt("mute", lambda: mon.set_events(4, 0))
attempt("callback", lambda: mon.register_callback(4, mon.events.LINE, None))
def other_tool():
    mon.use_tool_id(3, "mine")
    mon.free_tool_id(3)
attempt("other", other_tool)
`)
    expect(got.get('free')).toMatch(/^ValueError .*tool 4 is Looplab's tracer/)
    expect(got.get('mute')).toMatch(/^ValueError .*tool 4 is Looplab's tracer/)
    expect(got.get('callback')).toMatch(/^ValueError .*tool 4 is Looplab's tracer/)
    expect(got.get('other')).toBe('OK')
    const endless = await runPythonInNode(
      'import sys\ntry:\n    sys.monitoring.set_events(4, 0)\nexcept ValueError:\n    pass\nwhile True:\n    pass\n',
      { fileName: '/home/learner/main.py', budgets: { maxSteps: 200_000, maxWallMs: 20_000 } },
    )
    expect(endless.outcome?.explanation).toMatch(/^The program ran 200,000 lines of Python without finishing/)
  })
})
