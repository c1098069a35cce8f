import { describe, expect, it } from 'vitest';

import { moveActive, officerLabel } from './officerPicker';

describe('the officer picker', () => {
  it('moves through the options with the arrow keys, wrapping around', () => {
    expect(moveActive(-1, 1, 3)).toBe(0);
    expect(moveActive(-1, -1, 3)).toBe(2);
    expect(moveActive(0, 1, 3)).toBe(1);
    expect(moveActive(2, 1, 3)).toBe(0);
    expect(moveActive(0, -1, 3)).toBe(2);
    expect(moveActive(-1, 1, 0)).toBe(-1);
  });

  it('shows an officer by name and id, or the id alone', () => {
    expect(officerLabel({ id: 'OFF-001', name: '王特派' })).toBe('王特派（OFF-001）');
    expect(officerLabel({ id: 'OFF-002', name: null })).toBe('OFF-002');
  });
});
