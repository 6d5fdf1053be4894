/** `looplab lessons check` with the CLI's compile cache and prebuilt runtime. */
import { join } from 'node:path'
import type { CliContext } from './cache.ts'
import { compileCached } from './compileCache.ts'
import { checkLessons } from './lessonsCheck.ts'
import { runCompiled } from './realmRunner.ts'
import { prebuiltRuntime } from './runtimeCache.ts'

export function checkLessonsCached(context: CliContext): number {
  const runtime = prebuiltRuntime(context)
  return checkLessons((code, options) => runCompiled(compileCached(code, context).result, options, runtime), join(context.root, 'lessons'))
}
