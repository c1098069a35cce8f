import { en, zh, type MessageKey } from './messages';

export type Lang = 'zh' | 'en';

let current: Lang = 'zh';

export function setLang(lang: Lang): void {
  current = lang;
  if (typeof document !== 'undefined') document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
}

export function lang(): Lang {
  return current;
}

export function locale(l: Lang = current): string {
  return l === 'zh' ? 'zh-CN' : 'en-GB';
}

/** The label for {@code key} in the current language, with {name} placeholders filled in. */
export function t(key: MessageKey, values: Record<string, string | number> = {}, l: Lang = current): string {
  const text = (l === 'zh' ? zh : en)[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** The label of an enum value, e.g. enumLabel('type', 'INVENTION'); the value itself when unknown. */
export function enumLabel(prefix: 'srdi' | 'type' | 'status' | 'pilot' | 'listing' | 'node' | 'need' | 'segment' | 'deal' | 'case', value: string | null | undefined): string {
  if (!value) return '—';
  const key = `${prefix}.${value}` as MessageKey;
  return key in zh ? t(key) : value;
}

/** A node's name in the current language: the English one where there is one and English is chosen. */
export function named(item: { name?: string | null; label?: string | null; nameEn?: string | null; labelEn?: string | null } | null | undefined): string {
  if (!item) return '—';
  const zhName = item.name ?? item.label ?? '';
  const enName = item.nameEn ?? item.labelEn;
  return current === 'en' && enName ? enName : zhName;
}
