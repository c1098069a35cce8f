import { enterpriseWork, type EnterpriseWork, type FinancingDeal, type Officer, type ServiceCase, type Visit } from '../api/work';
import { card } from '../components/card';
import { h } from '../components/dom';
import { withStates } from '../components/states';
import { dataTable } from '../components/table';
import { formatDate, formatWanYuan } from '../i18n/format';
import { enumLabel, t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';

const list = (items: string[]) => items.join('、') || '—';

/** Priority examination outcomes in words; other outcomes are free text. */
function outcome(value: string | null): string | null {
  const key = `outcome.${value}` as MessageKey;
  return value && t(key) !== key ? t(key) : value;
}

function tables(w: EnterpriseWork): HTMLElement {
  return h('div', { class: 'grid' },
    card(t('work.officers'), dataTable<Officer>(t('work.officers'), [
      { label: t('work.officerId'), value: (o) => o.id },
      { label: t('work.officerName'), value: (o) => o.name },
    ], w.officers), { id: 'officers' }),
    card(t('work.visits'), dataTable<Visit>(t('work.visits'), [
      { label: t('work.date'), value: (v) => v.date, render: (v) => formatDate(v.date) },
      { label: t('work.officer'), value: (v) => v.officer },
      { label: t('work.needs'), value: (v) => list(v.needs) },
      { label: t('work.services'), value: (v) => list(v.servicesReferred) },
      { label: t('work.followUp'), value: (v) => v.followUpDate, render: (v) => formatDate(v.followUpDate) },
      { label: t('work.notes'), value: (v) => v.notes },
    ], w.visits), { id: 'visits', wide: true }),
    card(t('work.deals'), dataTable<FinancingDeal>(t('work.deals'), [
      { label: t('work.date'), value: (d) => d.date, render: (d) => formatDate(d.date) },
      { label: t('work.funder'), value: (d) => d.funder },
      { label: t('work.kind'), value: (d) => enumLabel('deal', d.kind) },
      { label: t('work.amount'), value: (d) => d.amount, render: (d) => formatWanYuan(d.amount), numeric: true },
      { label: t('work.pledged'), value: (d) => list([...d.pledgedPatents, ...d.pledgedTrademarks]) },
    ], w.financingDeals), { id: 'deals', wide: true }),
    card(t('work.cases'), dataTable<ServiceCase>(t('work.cases'), [
      { label: t('work.opened'), value: (c) => c.opened, render: (c) => formatDate(c.opened) },
      { label: t('work.kind'), value: (c) => enumLabel('case', c.kind) },
      { label: t('work.subject'), value: (c) => c.subject },
      { label: t('work.institution'), value: (c) => c.institution },
      { label: t('work.outcome'), value: (c) => outcome(c.outcome) },
      { label: t('work.closed'), value: (c) => c.closed, render: (c) => formatDate(c.closed) },
    ], w.serviceCases), { id: 'cases', wide: true }));
}

/** The firm's officers, visits, financing deals and service cases (Enterprise fields of the operations API). */
export function workSection(uscc: string): HTMLElement {
  const box = h('div', { 'data-testid': 'enterprise-work' });
  void withStates(box, () => enterpriseWork(uscc), tables);
  return box;
}
