import { describe, expect, it } from 'vitest';
import {
  KEY_LABELS,
  SCENARIO_KEY_ORDER,
  VIEW_KEYS,
} from '../../../src/url/keys';

describe('the key table', () => {
  it('has unique keys, none shared with the view keys', () => {
    expect(new Set(SCENARIO_KEY_ORDER).size).toBe(SCENARIO_KEY_ORDER.length);
    for (const k of VIEW_KEYS) expect(SCENARIO_KEY_ORDER).not.toContain(k);
  });

  it('names every key in plain words for the notice', () => {
    expect(SCENARIO_KEY_ORDER.filter((k) => !KEY_LABELS[k])).toEqual([]);
  });

  it('uses short keys (at most 4 characters)', () => {
    expect(SCENARIO_KEY_ORDER.filter((k) => k.length > 4)).toEqual([]);
  });
});
