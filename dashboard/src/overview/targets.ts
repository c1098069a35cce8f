import type { ProgrammeKpis } from '../api/types';
import type { MessageKey } from '../i18n/messages';

/** A yearly programme target: the number to reach and whether it must be exceeded or just met. */
export interface Target {
  label: MessageKey;
  value: number;
  goal: number | null;
  rule: 'atLeast' | 'moreThan';
}

/** The programme's yearly targets (training sessions ≥ 12, trainees > 600); visits and firms served are tracked without a set number. */
export function targets(k: ProgrammeKpis): Target[] {
  return [
    { label: 'kpi.trainingEvents', value: k.trainingEvents, goal: 12, rule: 'atLeast' },
    { label: 'kpi.trainees', value: k.trainees, goal: 600, rule: 'moreThan' },
    { label: 'kpi.visits', value: k.visits, goal: null, rule: 'atLeast' },
    { label: 'kpi.firmsServed', value: k.firmsServed, goal: null, rule: 'atLeast' },
  ];
}

export function met(target: Target): boolean {
  if (target.goal == null) return target.value > 0;
  return target.rule === 'atLeast' ? target.value >= target.goal : target.value > target.goal;
}

/** Share of the goal reached, 0..1, for the progress bar. */
export function progress(target: Target): number {
  if (target.goal == null || target.goal === 0) return target.value > 0 ? 1 : 0;
  return Math.max(0, Math.min(1, target.value / (target.rule === 'moreThan' ? target.goal + 1 : target.goal)));
}
