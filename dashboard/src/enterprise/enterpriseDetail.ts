import { enterprisePage, type EnterprisePageData } from '../api/queries';
import type { Enterprise, PatentRow } from '../api/types';
import { renderChart } from '../charts/render';
import { card } from '../components/card';
import { h } from '../components/dom';
import { withStates } from '../components/states';
import { dataTable } from '../components/table';
import { formatDate, formatNumber } from '../i18n/format';
import { enumLabel, named, t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { navigate } from '../router';
import { portfolioPie, subclassBars } from './portfolio';
import { insightSection } from './recommendations';
import { workSection } from './work';

function facts(e: Enterprise): HTMLElement {
  const yesNo = (b: boolean) => (b ? t('yes') : t('no'));
  const rows: [MessageKey, string][] = [
    ['field.uscc', e.uscc], ['field.district', named(e.district)], ['field.industry', named(e.industry)],
    ['field.srdiLevel', enumLabel('srdi', e.srdiLevel)], ['field.srdiYear', e.srdiYear ? String(e.srdiYear) : '—'],
    ['field.founded', formatDate(e.founded)], ['field.employees', formatNumber(e.employees)],
    ['field.gbt29490', yesNo(e.gbt29490Certified)], ['field.ipCustody', yesNo(e.ipCustody)],
    ['field.pilotStatus', enumLabel('pilot', e.pilotStatus)], ['field.listingPlan', enumLabel('listing', e.listingPlan)],
    ['field.address', e.address ?? '—'], ['field.aliases', e.aliases.join('、') || '—'],
  ];
  return h('dl', { class: 'facts' }, ...rows.flatMap(([k, v]) => [h('dt', {}, t(k)), h('dd', {}, v)]));
}

function patentTable(patents: PatentRow[]): HTMLElement {
  return dataTable<PatentRow>(t('enterprise.patents'), [
    { label: t('field.applicationNumber'), value: (p) => p.applicationNumber },
    { label: t('field.title'), value: (p) => p.title },
    { label: t('field.type'), value: (p) => enumLabel('type', p.type) },
    { label: t('field.legalStatus'), value: (p) => enumLabel('status', p.legalStatus) },
    { label: t('field.filingDate'), value: (p) => p.filingDate, render: (p) => formatDate(p.filingDate) },
    { label: t('field.grantDate'), value: (p) => p.grantDate, render: (p) => formatDate(p.grantDate) },
  ], patents);
}

function content(data: EnterprisePageData): HTMLElement {
  const e = data.enterprise;
  const pie = h('div', { class: 'chart small', 'data-testid': 'portfolio-pie' });
  const mix = h('div', { class: 'chart small', 'data-testid': 'ipc-mix' });
  queueMicrotask(() => {
    renderChart(pie, portfolioPie(data.types));
    renderChart(mix, subclassBars(data.mix));
  });
  return h('div', {},
    h('div', { class: 'page-head' }, h('h1', { 'data-testid': 'enterprise-name' }, e.name),
      h('span', { class: 'badge' }, enumLabel('srdi', e.srdiLevel)),
      h('button', { type: 'button', class: 'button', onclick: () => navigate('explorer', { start: `Enterprise:${e.uscc}` }) }, t('enterprise.explore')),
      h('button', { type: 'button', class: 'button', onclick: () => navigate('enterprise', {}) }, t('enterprise.back'))),
    h('div', { class: 'grid' },
      card(t('enterprise.facts'), facts(e)),
      card(`${t('enterprise.portfolio')} · ${formatNumber(e.patentCount)}`, pie),
      card(t('enterprise.ipcMix'), mix),
      card(t('enterprise.servedBy'), dataTable(t('enterprise.servedBy'), [
        { label: t('field.institution'), value: (s: Enterprise['servedBy'][number]) => s.institution.name },
        { label: t('field.service'), value: (s) => s.service },
        { label: t('field.since'), value: (s) => s.since, render: (s) => formatDate(s.since) },
      ], e.servedBy))),
    insightSection(e.uscc),
    h('div', { class: 'grid' },
      card(t('enterprise.patents'), patentTable(e.patents), { wide: true }),
      card(t('enterprise.trademarks'), dataTable(t('enterprise.trademarks'), [
        { label: t('field.registrationNumber'), value: (m: Enterprise['trademarks'][number]) => m.registrationNumber },
        { label: t('field.name'), value: (m) => m.name },
        { label: t('field.niceClasses'), value: (m) => m.niceClasses.join(', ') },
        { label: t('field.status'), value: (m) => m.status },
        { label: t('field.keyProtection'), value: (m) => (m.keyProtection ? t('yes') : t('no')) },
      ], e.trademarks), { wide: true })),
    workSection(e.uscc));
}

export function enterpriseDetail(main: HTMLElement, uscc: string): void {
  void withStates(main, () => enterprisePage(uscc), content);
}
