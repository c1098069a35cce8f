import { describe, expect, it } from 'vitest';

import type { ReportList } from '../api/work';
import { eventRows, monthlyProgress } from './progress';

const list = (key: string, rows: string[][]): ReportList => ({ key, title: key, columns: [], rows, total: rows.length });

describe('training progress', () => {
  const rows = eventRows([
    list('trainings', [['2026-01-15', '培训A', '中心', '5', '40'], ['2026-03-02', '培训B', '', '3', '25']]),
    list('matchmaking', [['2026-02-10', '对接会', '', '8', '20']]),
    list('deals', [['2026-02-11', 'x']]),
    list('trainings', [['2026-07-20', '培训C', '', '10', '100']]),
  ]);

  it('reads the event lists of both half years, by date, and nothing else', () => {
    expect(rows.map((r) => [r.kind, r.date, r.people])).toEqual([
      ['trainings', '2026-01-15', 40], ['matchmaking', '2026-02-10', 20], ['trainings', '2026-03-02', 25], ['trainings', '2026-07-20', 100]]);
  });

  it('cumulates trainings (not other events) by month against the targets pro rata', () => {
    const m = monthlyProgress(rows, 2026, { sessions: 12, trainees: 600 }, 8);
    expect(m.months).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(m.sessions).toEqual([1, 1, 2, 2, 2, 2, 3, 3]);
    expect(m.trainees).toEqual([40, 40, 65, 65, 65, 65, 165, 165]);
    expect(m.sessionsTarget.slice(0, 3)).toEqual([1, 2, 3]);
    expect(m.traineesTarget[11 - 4]).toBe(400);
  });

  it('ignores events of other years', () => {
    expect(monthlyProgress(rows, 2025, { sessions: 12, trainees: 600 }).sessions.at(-1)).toBe(0);
  });
});
