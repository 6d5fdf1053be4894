import type { TraceColumns } from '../engine/trace/columns.ts'
import { EventKind } from '../engine/trace/events.ts'
import { t } from '../i18n/index.ts'

/** A request no route of the simulated world matched (it got the placeholder answer). */
export interface UnroutedRequest {
  seq: number
  method: string
  url: string
}

const ABSOLUTE_URL = /^([a-z][a-z0-9+.-]*:)\/\/([^/?#]*)([^?#]*)(\?[^#]*)?/i

/** The request as a learner wrote it: `/users/1` on the page's own origin, else with its host; and the path a route would name. */
function shortUrl(url: string): { shown: string; routePath: string } {
  const match = ABSOLUTE_URL.exec(url)
  if (!match) return { shown: url, routePath: url }
  const [, scheme, host = '', rawPath = '', search = ''] = match
  const path = rawPath || '/'
  if (host === 'localhost' || host.startsWith('localhost:')) return { shown: `${path}${search}`, routePath: path }
  return { shown: `${host}${path}${search}`, routePath: `${scheme}//${host}${path}` }
}

/** Every UnroutedRequest event in the trace, in order. */
export function unroutedRequests(trace: TraceColumns, from = 0, to = trace.count): UnroutedRequest[] {
  const out: UnroutedRequest[] = []
  for (let i = from; i < to; i++) {
    if (trace.kind[i] !== EventKind.UnroutedRequest) continue
    const text = trace.strings[trace.b[i]!] ?? ''
    const space = text.indexOf(' ')
    out.push({ seq: i, method: space > 0 ? text.slice(0, space) : 'GET', url: space > 0 ? text.slice(space + 1) : text })
  }
  return out
}

/**
 * What the console says, once per run, at the first request no route matched:
 * that the simulated world answered it, and how to declare the route.
 */
export function unroutedNote(request: UnroutedRequest, python = false): string[] {
  const { shown, routePath } = shortUrl(request.url)
  const method = request.method === 'GET' ? '' : python ? `method='${request.method}', ` : `method: '${request.method}', `
  const route = python
    ? `world.route('${routePath}', ${method}latency_ms=100, body={…})`
    : `world.route('${routePath}', { ${method}latencyMs: 100, body: { … } })`
  return [t('unrouted.note', { method: request.method, url: shown }), t('unrouted.hint', { route })]
}

/** For the run summary: " No route matched 2 requests (answered with a placeholder): GET api.github.com/users/1, …" or ''. */
export function unroutedSummary(trace: TraceColumns): string {
  const requests = unroutedRequests(trace)
  if (requests.length === 0) return ''
  const distinct = [...new Set(requests.map((r) => `${r.method} ${shortUrl(r.url).shown}`))]
  const shown = distinct.slice(0, 4).join(t('list.comma'))
  const listed = distinct.length > 4 ? t('list.andMore', { list: shown, more: distinct.length - 4 }) : shown
  return t('unrouted.summary', { count: requests.length, listed })
}
