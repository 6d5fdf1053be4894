/** The largest value an Idle event carries. */
export const MAX_SAFE_EXIT = 2 ** 31 - 1

/** Node's coercion of `process.exit(code)` / `process.exitCode = code`. */
export function toExitCode(code: unknown): number {
  const n = typeof code === 'number' ? code : typeof code === 'string' && code.trim() !== '' ? +code : NaN
  if (!Number.isInteger(n)) return 1
  return n & 0xff
}
