/**
 * Declarations of the globals the modeled runtime provides beyond the DOM
 * library (Node's `process`, `setImmediate`…), so the editor does not mark
 * programs that use them as errors.
 */
export const runtimeTypes = `
declare var process: {
  nextTick(callback: (...args: any[]) => void, ...args: any[]): void;
  exit(code?: number): never;
  exitCode: number | undefined;
  on(event: 'unhandledRejection', listener: (reason: unknown, promise: Promise<unknown>) => void): void;
  on(event: 'uncaughtException', listener: (error: unknown) => void): void;
  on(event: 'exit', listener: (code: number) => void): void;
  hrtime: { bigint(): bigint };
  argv: string[];
  env: Record<string, string | undefined>;
  platform: string;
};
declare function setImmediate(callback: (...args: any[]) => void, ...args: any[]): { ref(): unknown; unref(): unknown };
declare function clearImmediate(handle: unknown): void;
interface LooplabRouteRequest { method: string; url: string; path: string; params: Record<string, string>; query: Record<string, string>; body: unknown }
interface LooplabServerRequest { id: number; path: string; method: string; clientId: number; sentAt: number }
interface LooplabServerStats { requests: number; completed: number; failed: number; latencies: number[]; p50: number; p95: number; max: number; mean: number; throughputPerSecond: number; maxConcurrent: number }
interface LooplabServer {
  readonly name: string;
  simulateLoad(load: { clients: number; requestsPerClient: number; intervalMs: number; startMs?: number; paths?: string[]; networkLatencyMs?: number }): void;
  done(): Promise<LooplabServerStats>;
  stats(): LooplabServerStats;
}
interface LooplabChannel<T> extends AsyncIterable<T> {
  readonly name: string;
  readonly size: number;
  readonly closed: boolean;
  send(message: T): void;
  receive(): Promise<T>;
  close(): void;
}
interface LooplabWorker<I, O> { readonly name: string; run(input: I): Promise<O>; busyUntil(): number }
/** Looplab's simulated world: network routes, servers under load, channels, workers, CPU time. */
declare const world: {
  route(path: string, options: { method?: string; latencyMs?: number; jitterMs?: number; status?: number; body?: ((request: LooplabRouteRequest) => unknown) | string | number | boolean | object | null; failEvery?: number }): void;
  createServer(handler: (request: LooplabServerRequest) => unknown, options?: { name?: string }): LooplabServer;
  channel<T = unknown>(options?: { latencyMs?: number; name?: string }): LooplabChannel<T>;
  createWorker<I, O>(fn: (input: I) => O, options?: { name?: string }): LooplabWorker<I, O>;
  sleep(ms: number): Promise<void>;
  cpu(ms: number): void;
};
`
