import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/progress.js';

function clockAndSink(): { now: () => number; advance: (ms: number) => void; written: string[] } {
  let time = 0;
  return { now: () => time, advance: (ms) => (time += ms), written: [] };
}

describe('progress line', () => {
  it('stays silent for the first second, then redraws in place and erases itself', () => {
    const clock = clockAndSink();
    const progress = createProgress((text) => clock.written.push(text), true, clock.now);
    progress.update(10, 100);
    clock.advance(500);
    progress.update(50, 100);
    expect(clock.written).toEqual([]);
    clock.advance(700);
    progress.update(60, 100);
    clock.advance(20);
    progress.update(61, 100); // too soon after the last redraw
    progress.update(100, 100); // the last one always shows
    progress.end();
    expect(clock.written).toEqual(['\r\x1b[Kclaim-audit: 60/100 files, 1.2 s', '\r\x1b[Kclaim-audit: 100/100 files, 1.2 s', '\r\x1b[K']);
  });

  it('writes nothing when stderr is not a terminal', () => {
    const clock = clockAndSink();
    const progress = createProgress((text) => clock.written.push(text), false, clock.now);
    clock.advance(5000);
    progress.update(1, 2);
    progress.end();
    expect(clock.written).toEqual([]);
  });
});
