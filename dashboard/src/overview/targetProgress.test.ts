import { afterEach, describe, expect, it } from 'vitest';

import type { TargetProgress } from '../api/work';
import { setLang } from '../i18n/i18n';
import { barShare, progressText, status, statusLabel, targetName } from './targetProgress';

const p = (over: Partial<TargetProgress>): TargetProgress => ({ target: 'TRAINING_SESSIONS', label: '开展培训不少于12场', from: '2026-01-01',
  to: '2026-11-25', goal: 12, actual: 8, share: 8 / 12, expected: 10.8, met: false, onTrack: false, ...over });

describe('target progress', () => {
  afterEach(() => setLang('zh'));

  it('says met, on track or behind from the API flags', () => {
    expect(status(p({ met: true, onTrack: true }))).toBe('met');
    expect(status(p({ onTrack: true }))).toBe('onTrack');
    expect(statusLabel(p({}))).toBe('落后于进度');
    setLang('en');
    expect(statusLabel(p({ onTrack: true }))).toBe('On track');
  });

  it('formats actual against goal with the share, and clamps the bar', () => {
    expect(progressText(p({}))).toBe('8 / 12 · 67%');
    setLang('en');
    expect(progressText(p({ actual: 1234, goal: 600, share: 1234 / 600 }))).toBe('1,234 / 600 · 206%');
    expect(barShare(p({ share: 2.06 }))).toBe(1);
    expect(barShare(p({ share: -1 }))).toBe(0);
  });

  it('names known targets in the language and falls back to the API label', () => {
    expect(targetName(p({}))).toBe('培训场次');
    expect(targetName(p({ target: 'NEW' as TargetProgress['target'], label: '新目标' }))).toBe('新目标');
  });
});
