import { describe, expect, it } from 'vitest';
import { Mutex } from './mutex';

describe('Mutex', () => {
  it('runs holders one at a time, in arrival order', async () => {
    const m = new Mutex();
    const log: string[] = [];
    const job = async (name: string, ms: number) => {
      await m.lock();
      log.push(`${name}+`);
      await new Promise((r) => setTimeout(r, ms));
      log.push(`${name}-`);
      m.unlock();
    };
    await Promise.all([job('a', 20), job('b', 1), job('c', 1)]);
    expect(log).toEqual(['a+', 'a-', 'b+', 'b-', 'c+', 'c-']);
  });
});
