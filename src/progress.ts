/** How long a run may stay silent before a progress line appears: short runs print nothing extra. */
const QUIET_MS = 1000;
/** Redraw at most this often: a terminal needs no more, and writes are not free. */
const REDRAW_MS = 100;

/**
 * A progress line on a terminal's stderr ("claim-audit: 1200/10000 files, 3.4 s"), redrawn in place and
 * erased at the end. It exists only when stderr is a terminal and CI is not set: logs and pipes never see it,
 * and stdout (the report) is never touched.
 */
export function createProgress(write: (text: string) => void, enabled: boolean, now: () => number = Date.now): { update: (done: number, total: number) => void; end: () => void } {
  const started = now();
  let drawn = false;
  let lastDraw = 0;
  return {
    update(done, total) {
      if (!enabled) return;
      const time = now();
      if (time - started < QUIET_MS || (time - lastDraw < REDRAW_MS && done < total)) return;
      lastDraw = time;
      drawn = true;
      write(`\r\x1b[Kclaim-audit: ${done}/${total} files, ${((time - started) / 1000).toFixed(1)} s`);
    },
    end() {
      if (drawn) write('\r\x1b[K');
      drawn = false;
    },
  };
}
