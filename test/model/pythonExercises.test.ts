import { beforeAll, describe, expect, test } from 'vitest'
import { checkPythonProgram, lessonProblems, type PythonLessonRunner } from '../../app/cli/lessonsCheck.ts'
import { runInNode } from '../../app/cli/nodeRunner.ts'
import { pythonInterpreter, runPythonOn } from '../../app/cli/pythonNodeRunner.ts'
import { parseLesson } from '../../app/model/lessons/parse.ts'
import type { Check } from '../../app/model/lessons/types.ts'
import { ConsoleIndex } from '../../app/model/consoleLines.ts'
import { dedent } from '../engine/python/helpers.ts'

const FRONT = '---\nid: test\ntitle: A test lesson\nsummary: Only used by the tests.\norder: 99\n---\n\n'

/** A lesson whose only block is a Python exercise with these fences' contents. */
function exerciseLesson(starter: string, checks: string, solution: string, solutionLang = 'python'): string {
  return `${FRONT}\`\`\`python exercise "Py"\n${starter}\`\`\`\n\n\`\`\`yaml checks\n${checks}\`\`\`\n\n\`\`\`${solutionLang} solution\n${solution}\`\`\`\n`
}

const PRINT_ONE = 'print(1)\n'
const PRINT_TWO = 'print(2)\n'
const CHECKS_TWO = 'checks:\n  - kind: output-includes\n    text: "2"\nhint: Print two instead.\n'

describe('parsing a Python exercise', () => {
  test('a `python exercise` with its checks and `python solution` is an exercise marked as Python', () => {
    const lesson = parseLesson('99-test.md', exerciseLesson(PRINT_ONE, CHECKS_TWO, PRINT_TWO))
    expect(lesson.blocks).toEqual([
      {
        type: 'exercise',
        python: true,
        title: 'Py',
        starter: PRINT_ONE,
        solution: PRINT_TWO,
        checks: [{ kind: 'output-includes', text: '2' }],
        hint: 'Print two instead.',
        timeLimitMs: 5000,
      },
    ])
  })

  test('a TypeScript exercise is not marked as Python', () => {
    const lesson = parseLesson(
      '99-test.md',
      `${FRONT}\`\`\`ts exercise "Ts"\nconsole.log(1)\n\`\`\`\n\n\`\`\`yaml checks\n${CHECKS_TWO}\`\`\`\n\n\`\`\`ts solution\nconsole.log(2)\n\`\`\`\n`,
    )
    expect(lesson.blocks[0]).not.toHaveProperty('python')
  })

  test('a Python exercise needs a `python solution`, not a `ts solution`', () => {
    expect(() => parseLesson('99-test.md', exerciseLesson(PRINT_ONE, CHECKS_TWO, 'console.log(2)\n', 'ts'))).toThrow(
      '99-test.md:19: exercise "Py" must be followed by `yaml checks` then `python solution`',
    )
    expect(() => parseLesson('99-test.md', `${FRONT}\`\`\`python exercise "Py"\nprint(1)\n\`\`\`\n`)).toThrow(
      '99-test.md:8: exercise "Py" has no `python solution` block',
    )
  })

  test('a check that cannot apply to Python is rejected at its own line, naming the exercise', () => {
    const checks = 'checks:\n  - kind: output-includes\n    text: "2"\n  - kind: no-unhandled-rejection\nhint: Print two instead.\n'
    expect(() => parseLesson('99-test.md', exerciseLesson(PRINT_ONE, checks, PRINT_TWO))).toThrow(
      /^99-test\.md:16: Python exercise "Py": `no-unhandled-rejection` cannot apply to Python/,
    )
    const files = 'checks:\n  - kind: max-concurrency\n    of: file\n    max: 2\nhint: Read fewer files at once.\n'
    expect(() => parseLesson('99-test.md', exerciseLesson(PRINT_ONE, files, PRINT_TWO))).toThrow(
      /^99-test\.md:14: Python exercise "Py": `max-concurrency` of `file` cannot apply to Python/,
    )
  })

  test('the same checks are accepted in a TypeScript exercise', () => {
    const checks = 'checks:\n  - kind: no-unhandled-rejection\nhint: Catch the rejection.\n'
    const source = `${FRONT}\`\`\`ts exercise "Ts"\nPromise.reject(new Error('x'))\n\`\`\`\n\n\`\`\`yaml checks\n${checks}\`\`\`\n\n\`\`\`ts solution\nPromise.reject(new Error('x')).catch(() => {})\n\`\`\`\n`
    expect(parseLesson('99-test.md', source).blocks[0]?.type).toBe('exercise')
  })
})

let python: PythonLessonRunner
beforeAll(async () => {
  const pyodide = await pythonInterpreter()
  python = (code, options) => runPythonOn(pyodide, code, options)
}, 120_000)

/** Whether `check` passes on a Python program's run, and the message it gives. */
function judge(check: Check, source: string, timeLimitMs = 5000): { passed: boolean; message: string } {
  const [result] = checkPythonProgram(dedent(source), { checks: [check], timeLimitMs }, python).checks
  return { passed: result!.passed, message: result!.message }
}

const THREE_REQUESTS = (together: boolean) => `
  import asyncio
  from looplab import world

  world.route('/item/:n', latency_ms=100, body={'ok': True})

  async def get(session, n):
      async with session.get(f'/item/{n}') as response:
          return await response.json()

  async def main():
      async with world.session() as session:
          ${together ? 'await asyncio.gather(*(get(session, n) for n in range(3)))' : 'for n in range(3):\n              await get(session, n)'}
      print('fetched')

  asyncio.run(main())
`

describe('checks judged on a Python run', () => {
  test('output checks read what the program printed', () => {
    const program = 'print("alpha")\nprint("beta")\n'
    expect(judge({ kind: 'output-includes', text: 'beta' }, program).passed).toBe(true)
    expect(judge({ kind: 'output-includes', text: 'gamma' }, program)).toEqual({
      passed: false,
      message: 'The output should include “gamma”. None of the 2 printed lines does; the last was “beta”.',
    })
    expect(judge({ kind: 'output-excludes', text: 'gamma' }, program).passed).toBe(true)
    expect(judge({ kind: 'output-excludes', text: 'alpha' }, program).passed).toBe(false)
    expect(judge({ kind: 'output-order', lines: ['alpha', 'beta'] }, program).passed).toBe(true)
    expect(judge({ kind: 'output-order', lines: ['beta', 'alpha'] }, program).passed).toBe(false)
    expect(judge({ kind: 'output-lines', count: 2 }, program).passed).toBe(true)
    expect(judge({ kind: 'output-lines', count: 3 }, program).passed).toBe(false)
  })

  test('total time is the virtual time asyncio.sleep and requests took', () => {
    const program = 'import asyncio\nasyncio.run(asyncio.sleep(0.25))\n'
    expect(judge({ kind: 'max-total-time', ms: 260 }, program).passed).toBe(true)
    expect(judge({ kind: 'max-total-time', ms: 200 }, program)).toEqual({
      passed: false,
      message: 'The whole run should take at most 200 ms of virtual time. It took 250 ms.',
    })
    expect(judge({ kind: 'min-total-time', ms: 250 }, program).passed).toBe(true)
    expect(judge({ kind: 'min-total-time', ms: 300 }, program).passed).toBe(false)
  })

  test('fetch concurrency counts the world session’s requests in flight', () => {
    expect(judge({ kind: 'min-concurrency', of: 'fetch', min: 3 }, THREE_REQUESTS(true)).passed).toBe(true)
    expect(judge({ kind: 'min-concurrency', of: 'fetch', min: 3 }, THREE_REQUESTS(false))).toEqual({
      passed: false,
      message: 'At least 3 requests should be in flight at once. The most at once was 1, first at 0 ms.',
    })
    expect(judge({ kind: 'max-concurrency', of: 'fetch', max: 1 }, THREE_REQUESTS(false)).passed).toBe(true)
    expect(judge({ kind: 'max-concurrency', of: 'io', max: 1 }, THREE_REQUESTS(true))).toEqual({
      passed: false,
      message: 'At most 1 I/O operations should be in flight at once. 3 were in flight at once, first at 0 ms.',
    })
  })

  test('timer concurrency counts pending asyncio.sleep calls, each ending when it is due', () => {
    const together =
      'import asyncio\n\nasync def main():\n    await asyncio.gather(asyncio.sleep(0.1), asyncio.sleep(0.1))\n\nasyncio.run(main())\n'
    const inTurn =
      'import asyncio\n\nasync def main():\n    await asyncio.sleep(0.1)\n    await asyncio.sleep(0.1)\n\nasyncio.run(main())\n'
    expect(judge({ kind: 'min-concurrency', of: 'timer', min: 2 }, together).passed).toBe(true)
    expect(judge({ kind: 'min-concurrency', of: 'timer', min: 2 }, inTurn).passed).toBe(false)
    expect(judge({ kind: 'max-concurrency', of: 'timer', max: 1 }, inTurn).passed).toBe(true)
  })

  test('worker and channel concurrency count the world’s worker jobs and messages', () => {
    const workers = (together: boolean) => `
      import asyncio
      from looplab import world

      def crunch(n):
          world.cpu(50)
          return n

      async def main():
          pool = [world.create_worker(crunch) for _ in range(4)]
          ${together ? 'print(await asyncio.gather(*(pool[n].run(n) for n in range(4))))' : 'for n in range(4):\n              print(await pool[n].run(n))'}

      asyncio.run(main())
    `
    expect(judge({ kind: 'min-concurrency', of: 'worker', min: 4 }, workers(true)).passed).toBe(true)
    expect(judge({ kind: 'min-concurrency', of: 'worker', min: 4 }, workers(false)).passed).toBe(false)
    const channel = (sends: number) => `
      import asyncio
      from looplab import world

      async def main():
          chat = world.channel(latency_ms=10)
          for n in range(${sends}):
              chat.send_nowait(n)
          chat.close()
          async for message in chat:
              print(message)

      asyncio.run(main())
    `
    expect(judge({ kind: 'max-concurrency', of: 'channel', max: 2 }, channel(2)).passed).toBe(true)
    expect(judge({ kind: 'max-concurrency', of: 'channel', max: 2 }, channel(3)).passed).toBe(false)
  })

  test('a task’s duration is one step of the event loop: a blocking call is long, an await is not', () => {
    const blocking = 'import asyncio\nimport time\n\nasync def main():\n    time.sleep(0.08)\n\nasyncio.run(main())\n'
    const waiting = 'import asyncio\n\nasync def main():\n    await asyncio.sleep(0.08)\n\nasyncio.run(main())\n'
    expect(judge({ kind: 'max-task-duration', ms: 10 }, waiting).passed).toBe(true)
    const failed = judge({ kind: 'max-task-duration', ms: 10 }, blocking)
    expect(failed.passed).toBe(false)
    expect(failed.message).toMatch(
      /^No task should keep the event loop busy for more than 10 ms\. The longest step of the event loop, a task’s step \(line 5\), ran for 80(\.\d+)? ms/,
    )
  })

  test('an uncaught exception and the exit code come from the traceback, named by its last line', () => {
    const raising = 'import asyncio\n\nasync def main():\n    raise ValueError("no such user")\n\nasyncio.run(main())\n'
    const fine = 'print("ok")\n'
    expect(judge({ kind: 'no-uncaught-error' }, fine).passed).toBe(true)
    expect(judge({ kind: 'no-uncaught-error' }, raising)).toEqual({
      passed: false,
      message: 'No exception should go uncaught. This one did: ValueError: no such user (line 4).',
    })
    expect(judge({ kind: 'exit-code', code: 0 }, fine).passed).toBe(true)
    expect(judge({ kind: 'exit-code', code: 0 }, raising)).toEqual({
      passed: false,
      message: 'The program should exit with code 0. It exited with 1: an uncaught ValueError: no such user (line 4) ended it.',
    })
  })

  test('a TaskGroup’s failure is named by its group and the exception inside it', () => {
    const group = `
      import asyncio

      async def fail():
          raise KeyError('cart')

      async def main():
          async with asyncio.TaskGroup() as tg:
              tg.create_task(fail())

      asyncio.run(main())
    `
    expect(judge({ kind: 'no-uncaught-error' }, group).message).toMatch(
      /^No exception should go uncaught\. This one did: ExceptionGroup: unhandled errors in a TaskGroup \(1 sub-exception\): KeyError: 'cart' \(line \d+\)\.$/,
    )
  })

  test('source checks read the learner’s Python', () => {
    expect(judge({ kind: 'source-includes', text: 'gather' }, THREE_REQUESTS(true)).passed).toBe(true)
    expect(judge({ kind: 'source-includes', text: 'gather' }, THREE_REQUESTS(false)).passed).toBe(false)
    expect(judge({ kind: 'source-excludes', text: 'time.sleep' }, THREE_REQUESTS(true)).passed).toBe(true)
    expect(judge({ kind: 'source-excludes', text: 'import' }, THREE_REQUESTS(true)).passed).toBe(false)
  })

  test('a program that never ends is stopped at the time limit, and that fails the check', () => {
    const forever = 'import asyncio\n\nasync def main():\n    while True:\n        await asyncio.sleep(0.1)\n\nasyncio.run(main())\n'
    const { checks } = checkPythonProgram(forever, { checks: [{ kind: 'no-uncaught-error' }], timeLimitMs: 500 }, python)
    expect(checks[0]).toMatchObject({ passed: false })
    expect(checks[0]!.message).toMatch(/^The program should finish\. It was still running after 500 ms of virtual time/)
  })

  test('a run stopped at its time limit leaves nothing behind that prints into the next run', () => {
    const forever = 'import asyncio\n\nasync def main():\n    while True:\n        await asyncio.sleep(0.1)\n\nasyncio.run(main())\n'
    checkPythonProgram(forever, { checks: [{ kind: 'no-uncaught-error' }], timeLimitMs: 500 }, python)
    const next = python('print("next")\n', { budgets: { maxWallMs: 20_000 } })
    expect({ stdout: next.stdout, stderr: next.stderr }).toEqual({ stdout: 'next\n', stderr: '' })
  })

  test('a program that does not compile fails with its error and line', () => {
    const { checks } = checkPythonProgram('print(\n', { checks: [{ kind: 'no-uncaught-error' }], timeLimitMs: 500 }, python)
    expect(checks).toHaveLength(1)
    expect(checks[0]).toMatchObject({ passed: false })
    expect(checks[0]!.message).toMatch(/^The program does not compile: .* \(line 1\)\.$/)
  })
})

describe('the lessons check on Python', () => {
  test('passes a Python exercise whose starter fails and whose solution passes', () => {
    const lesson = parseLesson('99-test.md', exerciseLesson(PRINT_ONE, CHECKS_TWO, PRINT_TWO))
    expect(lessonProblems([lesson], runInNode, python)).toMatchObject({ problems: [], exercises: 1 })
  })

  test('fails a Python exercise whose starter already passes, or whose solution fails', () => {
    const easy = parseLesson('99-test.md', exerciseLesson(PRINT_TWO, CHECKS_TWO, PRINT_TWO))
    expect(lessonProblems([easy], runInNode, python).problems).toEqual(['99-test.md — Py: the starter already passes every check'])
    const wrong = parseLesson('99-test.md', exerciseLesson(PRINT_ONE, CHECKS_TWO, PRINT_ONE))
    expect(lessonProblems([wrong], runInNode, python).problems).toEqual([
      '99-test.md — Py: the solution fails: The output should include “2”. None of the 1 printed line does; the last was “1”.',
    ])
  })

  test('fails a runnable Python block that raises, or that prints other lines than the lesson states', () => {
    const raising = parseLesson('99-test.md', `${FRONT}\`\`\`python asyncio "Boom"\nraise RuntimeError("boom")\n\`\`\`\n`)
    expect(lessonProblems([raising], runInNode, python).problems).toEqual([
      '99-test.md — Boom: the Python block raises an uncaught exception: RuntimeError: boom',
    ])
    const world =
      '```python asyncio "World"\nimport asyncio\nfrom looplab import world\n\nasync def main():\n    await world.sleep(10)\n    print(\'slept\')\n\nasyncio.run(main())\n```\n'
    const stated = (line: string) => parseLesson('99-test.md', `${FRONT}${world}\n\`\`\`text output\n${line}\n\`\`\`\n`)
    expect(lessonProblems([stated('slept')], runInNode, python).problems).toEqual([])
    expect(lessonProblems([stated('woke')], runInNode, python).problems).toEqual([
      '99-test.md:19 — World: the output the lesson states is not what the Python block prints: line 1 is “slept”, the lesson says “woke”',
    ])
  })

  test('fails a Python program that requests a URL no route matches, as for TypeScript', () => {
    const block = (route: string) =>
      `${FRONT}\`\`\`python asyncio "Unrouted"\nimport asyncio\nfrom looplab import world\n\n${route}\n\nasync def main():\n    async with world.session() as session:\n        async with session.get('/users/1') as response:\n            print(response.status)\n\nasyncio.run(main())\n\`\`\`\n`
    expect(
      lessonProblems([parseLesson('99-test.md', block("world.route('/users/:id', body={'id': 1})"))], runInNode, python).problems,
    ).toEqual([])
    expect(
      lessonProblems([parseLesson('99-test.md', block("world.route('/posts/:id', body={'id': 1})"))], runInNode, python).problems,
    ).toEqual([
      '99-test.md — Unrouted: the Python block requests GET http://localhost/users/1, which no route matches: declare it with world.route',
    ])
  })

  test('the console notes an unrouted Python request once, with the Python route that would answer it', () => {
    const source =
      "import asyncio\nfrom looplab import world\n\nasync def main():\n    async with world.session() as session:\n        for _ in range(2):\n            await session.post('/orders')\n\nasyncio.run(main())\n"
    const index = new ConsoleIndex(python(source, { budgets: { maxWallMs: 20_000 } }).trace)
    index.catchUp()
    expect(index.texts()).toEqual([])
    expect(index.lines.filter((line) => line.note).map((line) => line.text)).toEqual([
      'Looplab: no route for POST /orders, so the simulated world answered 200 { url, simulated: true } (never the real network).',
      "Looplab: to answer it, declare the route first: world.route('/orders', method='POST', latency_ms=100, body={…})",
    ])
  })

  test('a fragment is not run', () => {
    const fragment = parseLesson('99-test.md', `${FRONT}\`\`\`python fragment "Part"\nawait never_defined()\n\`\`\`\n`)
    expect(lessonProblems([fragment], runInNode, python)).toMatchObject({ problems: [], notes: [], examples: 0 })
  })
})
