/** The types of the simulated network's routes, as a program configures them (checked in validate.ts). */

/** What a route's body function receives: the request, taken apart. */
export interface RouteRequest {
  method: string
  /** The absolute URL. */
  url: string
  /** The path, without the query. */
  path: string
  /** The `:param` captures of the route's path. */
  params: Record<string, string>
  query: Record<string, string>
  /** The request body, parsed as JSON when it is JSON, else the text; undefined without a body. */
  body: unknown
}

/** One route of the simulated network. */
export interface RouteConfig {
  /** Only requests with this method (any method when absent). */
  method?: string
  /** `/users/:id` (any host), or with a host: `https://api.example.com/users/:id`; a final `*` matches the rest. */
  path: string
  /** Time from sending the request to receiving the response (default: the network's `defaultLatencyMs`). */
  latencyMs?: number
  /** Up to this much more latency, the same for the same request index and URL (a seeded hash). */
  jitterMs?: number
  /** HTTP status (default 200). */
  status?: number
  /** A string (sent as text), any other value (sent as JSON), or a function computing it when the request arrives. */
  body?: unknown
  /** Every Nth request to this route fails with a network error (`TypeError: fetch failed`). */
  failEvery?: number
}
