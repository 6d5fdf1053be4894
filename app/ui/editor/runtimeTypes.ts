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
`
