import type { ReportList } from '../api/work';

/** A year's training sessions and people trained, cumulative by month, against targets pro rata to each month's end. */
export interface MonthlyProgress {
  months: number[];
  sessions: number[];
  trainees: number[];
  sessionsTarget: number[];
  traineesTarget: number[];
}

/** The API's event rows: date (ISO), title, host, firms, people. */
export interface EventRow { kind: string; date: string; title: string; host: string; firms: number; people: number }

const EVENT_LISTS = ['trainings', 'matchmaking', 'exhibitions'];

/** The events of the report lists (both half years), by date. */
export function eventRows(lists: ReportList[]): EventRow[] {
  return lists.filter((l) => EVENT_LISTS.includes(l.key)).flatMap((l) => l.rows.map((r) => ({
    kind: l.key, date: r[0] ?? '', title: r[1] ?? '', host: r[2] ?? '', firms: Number(r[3]) || 0, people: Number(r[4]) || 0,
  }))).sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
}

/** Cumulative figures to the end of each month of {@code year} up to {@code lastMonth} (1..12). */
export function monthlyProgress(rows: EventRow[], year: number, goals: { sessions: number; trainees: number }, lastMonth = 12): MonthlyProgress {
  const out: MonthlyProgress = { months: [], sessions: [], trainees: [], sessionsTarget: [], traineesTarget: [] };
  const trainings = rows.filter((r) => r.kind === 'trainings' && r.date.startsWith(`${year}-`));
  for (let m = 1; m <= lastMonth; m++) {
    const until = `${year}-${String(m).padStart(2, '0')}-31`;
    const done = trainings.filter((r) => r.date <= until);
    out.months.push(m);
    out.sessions.push(done.length);
    out.trainees.push(done.reduce((sum, r) => sum + r.people, 0));
    out.sessionsTarget.push(round1(goals.sessions * m / 12));
    out.traineesTarget.push(round1(goals.trainees * m / 12));
  }
  return out;
}

function round1(v: number): number {
  return Math.round(v * 10) / 10;
}
