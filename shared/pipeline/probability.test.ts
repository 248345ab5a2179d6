import { describe, expect, it } from 'vitest';
import { defaultPipelines } from './defaults';
import { overrideProbability, resetProbability } from './probability';

const pl = defaultPipelines()[0]!.pipeline;

describe('probability override', () => {
  it('marks a hand-set probability as overridden', () => {
    expect(overrideProbability(72.25)).toEqual({
      ok: true,
      patch: { probability: 72.3, probabilityOverridden: true },
    });
    expect(overrideProbability(0)).toMatchObject({ ok: true });
    expect(overrideProbability(100)).toMatchObject({ ok: true });
  });

  it('refuses values outside 0–100, naming the field', () => {
    for (const v of [-1, 100.5, Number.NaN])
      expect(overrideProbability(v)).toMatchObject({ ok: false, field: 'probability' });
  });

  it('resets to the stage default', () => {
    expect(resetProbability({ stageId: 'st-quote', status: 'open', probability: 90 }, pl)).toEqual({
      probability: 60,
      probabilityOverridden: false,
    });
    expect(resetProbability({ stageId: 'gone', status: 'open', probability: 45 }, pl)).toEqual({
      probability: 40,
      probabilityOverridden: false,
    });
  });
});
