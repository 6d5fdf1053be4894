/**
 * The `looplab` command: parses the arguments (args.ts) and hands the work
 * to the runner for the file's language, or to the lessons check.
 */
import { parseCommand, USAGE } from './args.ts'
import type { CliContext } from './cache.ts'
import { runTypeScript, TYPESCRIPT_FILES } from './runTypeScript.ts'

/** Set by the build (bin/looplab.mjs) from package.json. */
declare const LOOPLAB_VERSION: string

/** Runs the command line; resolves to the process exit code. */
export async function main(argv: string[], context: CliContext): Promise<number> {
  const command = parseCommand(argv)
  switch (command.kind) {
    case 'help':
      process.stdout.write(USAGE)
      return 0
    case 'version':
      process.stdout.write(`looplab ${LOOPLAB_VERSION} (runs programs on a model of Node ${process.version}'s event loop)\n`)
      return 0
    case 'usage-error':
      process.stderr.write(`looplab: ${command.message}\n\n${USAGE}`)
      return 2
    case 'lessons-check': {
      const { checkLessonsCached } = await import('./lessonsCheckCli.ts')
      return checkLessonsCached(context)
    }
    case 'run':
      if (command.args.file.endsWith('.py')) {
        const { runPythonCommand } = await import('./runPythonFile.ts')
        return runPythonCommand(command.args)
      }
      if (TYPESCRIPT_FILES.test(command.args.file)) return runTypeScript(command.args, context)
      process.stderr.write(
        `looplab: cannot run ${command.args.file}: Looplab runs TypeScript and JavaScript files (.ts, .js, .mjs, .cjs) and Python files (.py).\n`,
      )
      return 2
  }
}
