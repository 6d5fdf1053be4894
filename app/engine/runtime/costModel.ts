/**
 * The virtual clock's cost model: how much virtual time synchronous work
 * takes. It is deliberately simple and deterministic, so the same program
 * always produces the same trace and a busy loop visibly delays timers:
 *
 * - every statement the learner's code executes costs {@link STEP_COST_US};
 * - every loop iteration test costs {@link STEP_COST_US};
 * - entering a function costs {@link CALL_COST_US};
 * - starting a task or a job (a microtask, a nextTick) costs {@link JOB_COST_US};
 * - built-in work (sorting, JSON, string operations…) costs nothing extra.
 *
 * So `for (let i = 0; i < 1e6; i++) sum += i` takes about 2 virtual seconds,
 * and `while (Date.now() < start + 100) {}` spins about 100 000 times.
 * Waiting (timers, I/O) costs no real time at all: the clock jumps.
 */
export const STEP_COST_US = 1
export const CALL_COST_US = 1
export const JOB_COST_US = 1

/** The fixed wall-clock instant a run starts at (Date.now() at time 0): 2026-01-01T09:00:00.000Z. */
export const EPOCH_MS = Date.UTC(2026, 0, 1, 9, 0, 0)
