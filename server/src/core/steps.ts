/**
 * Work done in steps: a generator that yields now and then, so a caller
 * with requests to answer can pause it between steps (or drop it when its
 * input is replaced), and one without can run it through.
 */
export type Steps<T> = Generator<void, T>;

/** Runs steps to the end. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Items handled between two yields when a loop over paragraphs or lines is done in steps. */
export const STEP_ITEMS = 2000;
