import { graphql } from './client';
import type { KeySegmentGroup, Topic, TopicQueryInput } from './matchTypes';

const SUMMARY = 'uscc name srdiLevel district { adcode name nameEn } industry { code name nameEn }';
const TOPIC = `name size refreshed query { ipcClasses keywords applicants districts filedFrom filedTo legalStatus }
  statistics(top: 10) { count byYear { key count } byType { key count } byLegalStatus { key count }
    topApplicants { key count } topIpcSubclasses { key count } }`;

export function keySegments(industry: string | undefined, members = 50): Promise<KeySegmentGroup[]> {
  return graphql<{ s: KeySegmentGroup[] }>(`query segments($industry: String, $first: Int) {
    s: keySegments(industry: $industry) { segment description count members(first: $first) { totalCount edges { node { ${SUMMARY} } } } } }`,
  { industry: industry || null, first: members }).then((d) => d.s);
}

export function saveKeyList(name: string, segment: string, industry: string | undefined): Promise<{ name: string; size: number }> {
  return graphql<{ l: { name: string; size: number } }>(`mutation save($name: String!, $segment: KeySegment!, $industry: String) {
    l: saveKeyList(name: $name, segment: $segment, industry: $industry) { name size } }`,
  { name, segment, industry: industry || null }).then((d) => d.l);
}

export function topic(name: string): Promise<Topic | null> {
  return graphql<{ t: Topic | null }>(`query topic($name: String!) { t: topic(name: $name) { ${TOPIC} } }`, { name }).then((d) => d.t);
}

export function defineTopic(name: string, query: TopicQueryInput): Promise<Topic> {
  return graphql<{ t: Topic }>(`mutation define($name: String!, $query: TopicQueryInput!) { t: defineTopic(name: $name, query: $query) { ${TOPIC} } }`,
    { name, query }).then((d) => d.t);
}

export function refreshTopic(name: string): Promise<Topic> {
  return graphql<{ t: Topic }>(`mutation refresh($name: String!) { t: refreshTopic(name: $name) { ${TOPIC} } }`, { name }).then((d) => d.t);
}

/** Where the API serves a topic's patents as a file. */
export function topicExportUrl(name: string, format: 'csv' | 'xlsx', base: string): string {
  return new URL(`exports/topics/${encodeURIComponent(name)}.${format}`, base).href;
}
