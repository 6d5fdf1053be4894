/**
 * The compiler worker (trusted, same origin, module worker): TypeScript's
 * compiler API is large, so it lives here, started early and kept warm.
 */
import ts from 'typescript'
import { compileProgram } from '../../engine/compile/compile.ts'
import { toRunInput } from '../../engine/compile/runInput.ts'
import { toPlainError, type CompileRequest, type CompileResponse } from '../protocol.ts'

self.addEventListener('message', (event: MessageEvent<CompileRequest>) => {
  const { id, source } = event.data
  let response: CompileResponse
  try {
    const result = compileProgram(ts, source)
    response = result.ok ? { id, result, input: toRunInput(result) } : { id, result }
  } catch (error) {
    response = { id, result: { ok: false, diagnostics: [] }, error: toPlainError(error) }
  }
  self.postMessage(response)
})
self.postMessage({ id: -1, result: { ok: false, diagnostics: [] } } satisfies CompileResponse)
