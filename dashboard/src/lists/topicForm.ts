import type { TopicQueryInput } from '../api/matchTypes';

/** "H01L, G03F；光刻、晶圆" -> ["H01L", "G03F", "光刻", "晶圆"]: commas, Chinese commas and enumeration marks separate. */
export function splitList(text: string): string[] {
  return text.split(/[,，、;；\n]+/).map((s) => s.trim()).filter(Boolean);
}

/** The topic query a form's fields describe; empty fields are left out (every given part must match). */
export function topicInput(fields: { ipc: string; keywords: string; districts: string }): TopicQueryInput {
  const query: TopicQueryInput = {};
  const ipc = splitList(fields.ipc).map((c) => c.toUpperCase().replace(/\s+/g, ''));
  const keywords = splitList(fields.keywords);
  const districts = splitList(fields.districts);
  if (ipc.length) query.ipcClasses = ipc;
  if (keywords.length) query.keywords = keywords;
  if (districts.length) query.districts = districts;
  return query;
}
