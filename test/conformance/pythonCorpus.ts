import { execFile } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

/** A program of the Python conformance corpus: its stdout and exit code must equal CPython's. */
export interface PythonProgram {
  /** Path relative to the repository root (both interpreters are given this path, so reprs and tracebacks agree). */
  path: string
  source: string
  /**
   * `# requires-python: 3.12 — reason`: the program shows behaviour of that version or later
   * (Pyodide's CPython is newer than the local one); it is compared only where `python3` is at least that version.
   */
  requires?: { version: [number, number]; reason: string }
}

export const REPO_ROOT = join(import.meta.dirname, '../..')
export const PYTHON_CORPUS_ROOT = join(import.meta.dirname, 'python')

export function loadPythonCorpus(root = PYTHON_CORPUS_ROOT): PythonProgram[] {
  const files: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry)
      if (statSync(path).isDirectory()) walk(path)
      else if (entry.endsWith('.py')) files.push(path)
    }
  }
  walk(root)
  return files.sort().map((file) => {
    const source = readFileSync(file, 'utf8')
    const requires = /^# requires-python: (\d+)\.(\d+)\s*[—-]\s*(.+)$/m.exec(source)
    return {
      path: relative(REPO_ROOT, file),
      source,
      ...(requires
        ? { requires: { version: [Number(requires[1]), Number(requires[2])] as [number, number], reason: requires[3]!.trim() } }
        : {}),
    }
  })
}

export interface CPythonResult {
  stdout: string
  stderr: string
  exitCode: number
}

/** Runs a program on the machine's CPython (`python3`), from the repository root, as a learner would. */
export function runCPython(path: string, timeoutMs = 20_000): Promise<CPythonResult> {
  return new Promise((resolve) => {
    execFile(
      'python3',
      ['-X', 'utf8', path],
      { cwd: REPO_ROOT, timeout: timeoutMs, env: { ...process.env, PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1' } },
      (error, stdout, stderr) => {
        const code = error && typeof (error as { code?: unknown }).code === 'number' ? (error as { code: number }).code : error ? 1 : 0
        resolve({ stdout, stderr, exitCode: code })
      },
    )
  })
}

/** The local CPython's version, e.g. [3, 11]. */
export function cpythonVersion(): Promise<[number, number]> {
  return new Promise((resolve, reject) => {
    execFile('python3', ['-c', 'import sys; print(sys.version_info[0], sys.version_info[1])'], (error, stdout) => {
      if (error) reject(new Error('python3 is needed for the Python conformance tests (Debian: apt-get install python3)'))
      else resolve(stdout.trim().split(' ').map(Number) as [number, number])
    })
  })
}

/** Runs `work` when fewer than `max` others run. */
function limiter(max: number): <T>(work: () => Promise<T>) => Promise<T> {
  let running = 0
  const waiting: (() => void)[] = []
  return async (work) => {
    if (running >= max) await new Promise<void>((resume) => waiting.push(resume))
    running++
    try {
      return await work()
    } finally {
      running--
      waiting.shift()?.()
    }
  }
}

/**
 * Starts CPython's runs of `paths` ahead, `atOnce` at a time: they wait on the real clock (the
 * programs sleep), while Looplab's runs (one interpreter, no real waiting) go one after another.
 */
export function startCPythonRuns(paths: readonly string[], atOnce = 4): Map<string, Promise<CPythonResult>> {
  const limit = limiter(atOnce)
  return new Map(paths.map((path) => [path, limit(() => runCPython(path))]))
}

/**
 * CPython's result for `path`, given up to three tries to agree with Looplab's: CPython's timers run
 * on the real clock, so on a loaded machine a late wake-up can change a rounded duration, while
 * Looplab's run is deterministic. Returns the last try (compare its stdout and exit code).
 */
export async function cpythonAgreeing(
  path: string,
  looplab: { stdout: string; exitCode: number },
  first: Promise<CPythonResult> = runCPython(path),
): Promise<CPythonResult> {
  let native = await first
  for (let retry = 0; retry < 2 && (native.stdout !== looplab.stdout || native.exitCode !== looplab.exitCode); retry++) {
    native = await runCPython(path)
  }
  return native
}
