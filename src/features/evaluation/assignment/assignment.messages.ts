import type { z } from 'zod';
import { fieldErrorsFromZod } from '../../../http/errors.ts';
import { t, type Lang } from '../../../shared/i18n/index.ts';

/**
 * The assignment's own Korean and English texts: infeasibility reasons travel inside the JSON
 * result (both languages, since a batch file has no request language) and its validation keys
 * are the `assignment.*` ones; every other validation key comes from the shared dictionaries.
 */
const texts = {
  'assignment.unknownJudge': { ko: '없는 심사위원 id입니다: {{id}}', en: 'is not a judge id: {{id}}' },
  'assignment.unknownApplication': { ko: '없는 신청 id입니다: {{id}}', en: 'is not an application id: {{id}}' },
  'assignment.duplicateId': { ko: '중복된 id입니다: {{id}}', en: 'repeats the id {{id}}' },
  'assignment.duplicatePair': { ko: '같은 (심사위원, 신청) 쌍이 affinities.{{first}} 에 이미 있습니다', en: 'repeats the (judge, application) pair of affinities.{{first}}' },
  'assignment.minAboveMax': { ko: '최소 배정 수({{min}})가 최대 배정 수({{max}})보다 큽니다', en: 'minLoad ({{min}}) is above maxLoad ({{max}})' },
  'reason.tooFewCandidates': {
    ko: '신청 {{application}}: 심사위원 {{needed}}명이 필요하지만 배정 가능한(친화도가 있고 이해충돌이 없는) 심사위원은 {{available}}명입니다',
    en: 'application {{application}} needs {{needed}} judges but only {{available}} may be assigned (listed in affinities, no conflict)',
  },
  'reason.judgeMinLoad': {
    ko: '심사위원 {{judge}}: 최소 {{needed}}건을 맡아야 하지만 배정 가능한 신청은 {{available}}건입니다',
    en: 'judge {{judge}} must take at least {{needed}} applications but only {{available}} may be assigned to them',
  },
  'reason.capacityBelowDemand': {
    ko: '필요한 배정은 모두 {{needed}}건이지만 심사위원들이 맡을 수 있는 최대치는 {{available}}건입니다',
    en: 'the applications need {{needed}} assignments in total but the judges can take at most {{available}}',
  },
  'reason.minLoadAboveDemand': {
    ko: '심사위원 최소 배정 수의 합({{needed}})이 필요한 배정 수({{available}})보다 큽니다',
    en: "the judges' minimum loads add up to {{needed}}, more than the {{available}} assignments the applications need",
  },
  'reason.applicationsShort': {
    ko: '신청 {{applications}}: 모두 {{needed}}명의 심사위원이 필요하지만 이 신청들에 배정할 수 있는 심사위원({{judges}})이 맡을 수 있는 건 최대 {{available}}건입니다',
    en: 'applications {{applications}} need {{needed}} judge assignments together, but the judges they may get ({{judges}}) can give them at most {{available}}',
  },
  'reason.judgesUnderloaded': {
    ko: '심사위원 {{judges}}: 최소 배정 수의 합이 {{needed}}건이지만 이들에게 배정될 수 있는 신청({{applications}})으로는 최대 {{available}}건입니다',
    en: 'judges {{judges}} must take at least {{needed}} assignments together, but the applications that may go to them ({{applications}}) can give at most {{available}}',
  },
} as const;

export type TextKey = keyof typeof texts;

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

export function text(key: TextKey, params: Record<string, string | number>): { ko: string; en: string } {
  return { ko: fill(texts[key].ko, params), en: fill(texts[key].en, params) };
}

/** A short list of ids for a message: the first ten, then how many more. */
export function idList(ids: readonly string[]): string {
  return ids.length <= 10 ? ids.join(', ') : `${ids.slice(0, 10).join(', ')} … (+${ids.length - 10})`;
}

const tupleLabels: Record<string, { ko: string; en: string }[]> = {
  affinities: [
    { ko: '심사위원 id', en: 'judge id' },
    { ko: '신청 id', en: 'application id' },
    { ko: '친화도', en: 'affinity' },
  ],
  conflicts: [
    { ko: '심사위원 id', en: 'judge id' },
    { ko: '신청 id', en: 'application id' },
  ],
};

/** Each zod issue as one line: the field's path, then the message in Korean and in English. */
export function describeIssues(error: z.ZodError): string[] {
  return fieldErrorsFromZod(error).map((f) => {
    const own = (texts as Record<string, { ko: string; en: string }>)[f.key];
    const say = (lang: Lang) => (own ? fill(own[lang], f.params ?? {}) : t(lang, f.key, f.params ?? {}));
    const parts = f.path.split('.');
    const tuple = parts.length === 3 ? tupleLabels[parts[0]!]?.[Number(parts[2])] : undefined;
    const name = tuple ? ` (${tuple.ko} / ${tuple.en})` : '';
    return `${f.path || '(input)'}${name}: ${say('ko')} / ${say('en')}`;
  });
}
