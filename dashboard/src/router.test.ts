import { describe, expect, it } from 'vitest';

import { parseState, stateToSearch } from './router';

describe('page state in the URL', () => {
  it('defaults to the overview and drops unknown views', () => {
    expect(parseState('')).toEqual({ view: 'overview', params: {} });
    expect(parseState('?view=nonsense&lang=en')).toEqual({ view: 'overview', params: { lang: 'en' } });
  });

  it('round-trips a view with its parameters, including Chinese text', () => {
    const state = { view: 'enterprise' as const, params: { q: '微电子', lang: 'en' } };
    expect(parseState(stateToSearch(state))).toEqual(state);
  });

  it('writes the overview without a view parameter and sorts the rest for stable links', () => {
    expect(stateToSearch({ view: 'overview', params: {} })).toBe('');
    expect(stateToSearch({ view: 'explorer', params: { start: 'Enterprise:1', lang: 'en' } }))
      .toBe('?view=explorer&lang=en&start=Enterprise%3A1');
  });
});
