/**
 * A match's explanation is named in the URL by what it explains (?view=explorer&explain=institution~<uscc>~<name>):
 * the explorer asks the matching API again and draws the answer's explanation subgraph, so the link can be shared.
 */
export const MATCH_KINDS = ['institution', 'funder', 'patent', 'expert', 'officer', 'firm', 'pledge'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

export interface ExplainRef {
  kind: MatchKind;
  /** The firm's credit code (firm-side matches) or the institution's or funder's name. */
  party: string;
  /** The candidate's key: name, credit code, application number or id. */
  candidate: string;
}

const SEPARATOR = '~';

export function encodeExplain(ref: ExplainRef): string {
  return [ref.kind, ref.party, ref.candidate].join(SEPARATOR);
}

export function decodeExplain(text: string | undefined): ExplainRef | null {
  if (!text) return null;
  const [kind, party, ...rest] = text.split(SEPARATOR);
  const candidate = rest.join(SEPARATOR);
  if (!(MATCH_KINDS as readonly string[]).includes(kind) || !party || !candidate) return null;
  return { kind: kind as MatchKind, party, candidate };
}
