/** `looplab lessons check` with the CLI's compile cache and prebuilt runtime. */
import { join } from 'node:path'
import type { CliContext } from './cache.ts'
import { compileCached } from './compileCache.ts'
import { checkLessons } from './lessonsCheck.ts'
import { runCompiled } from './realmRunner.ts'
import { prebuiltRuntime } from './runtimeCache.ts'
import { pythonInterpreter, runPythonOn } from './pythonNodeRunner.ts'

export function checkLessonsCached(context: CliContext): Promise<number> {
  const runtime = prebuiltRuntime(context)
  return checkLessons(
    (code, options) => runCompiled(compileCached(code, context).result, options, runtime),
    async () => {
      const pyodide = await pythonInterpreter()
      return (code, options) => runPythonOn(pyodide, code, options)
    },
    join(context.root, 'lessons'),
  )
}
