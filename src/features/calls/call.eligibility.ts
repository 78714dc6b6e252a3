import { z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { kindLabels } from '../organizations/organization.columns.ts';
import { KindSchema, RegionSchema } from '../organizations/organization.schema.ts';
import { regions } from '../reference/regions.ts';
import { SupportKindSchema, supportKindLabels } from '../support-records/support-record.schema.ts';

const regionEn = (code: string) => regions.find((r) => r.code === code)?.en ?? code;

/**
 * A call's eligibility rules (신청 자격), evaluated on the applicant's organization. Each rule
 * is stated in plain Korean and English on the call page, and an applicant learns which one
 * failed before writing anything.
 */
export const EligibilityRules = z
  .object({
    maxYearsInBusiness: z.number().int().min(1).max(100).optional().describe('창업 N년 이내: founded less than N years ago; a team not yet founded passes.'),
    organizationKinds: z.array(KindSchema).min(1).max(9).optional().describe('Allowed organization kinds.'),
    regions: z.array(RegionSchema).min(1).max(17).optional().describe("Allowed regions (the organization's 시·도)."),
    ksicPrefixes: z
      .array(z.string().regex(/^\d{1,5}$/))
      .min(1)
      .max(50)
      .optional()
      .describe('Allowed industries: KSIC code prefixes (52 = 창고 및 운송관련 서비스업).'),
    founderMaxAge: z.number().int().min(15).max(100).optional().describe('청년: the representative is N years old or younger (만 나이) on the day of applying.'),
    maxRevenueKRW: z.number().int().min(0).max(1e15).optional().describe("The organization's latest full year's revenue is at most this many won; a team not yet founded passes."),
    notSupportedWithin: z
      .array(
        z
          .object({
            supportKind: SupportKindSchema.optional(),
            program: z.string().trim().min(1).max(200).optional().describe('A program name as the support ledger records it.'),
            years: z.number().int().min(1).max(20),
          })
          .strict(),
      )
      .max(10)
      .optional()
      .describe('중복 수혜 제한: no support of this kind (or from this program) from any center in the last N years.'),
  })
  .strict()
  .openapi('EligibilityRules');
export type EligibilityRulesIn = z.infer<typeof EligibilityRules>;

type Text = { ko: string; en: string };
export type RuleResult = { rule: keyof EligibilityRulesIn; statement: Text; passed: boolean | null; reason: Text | null };

/** The day N years before `today` plus one: founded on or after it is "within N years". */
function cutoff(today: string, years: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y - years, m - 1, d + 1));
  return date.toISOString().slice(0, 10);
}

/** The rules in words, as of `today` (Korea date). */
export function statements(rules: EligibilityRulesIn, today: string): Omit<RuleResult, 'passed' | 'reason'>[] {
  const out: Omit<RuleResult, 'passed' | 'reason'>[] = [];
  if (rules.maxYearsInBusiness) {
    const from = cutoff(today, rules.maxYearsInBusiness);
    out.push({
      rule: 'maxYearsInBusiness',
      statement: {
        ko: `창업 ${rules.maxYearsInBusiness}년 이내 (${from} 이후 설립, 예비창업자 포함)`,
        en: `In business less than ${rules.maxYearsInBusiness} years (founded on or after ${from}; teams not yet founded included)`,
      },
    });
  }
  if (rules.organizationKinds) {
    out.push({
      rule: 'organizationKinds',
      statement: {
        ko: `기업구분: ${rules.organizationKinds.map((k) => kindLabels[k]!.ko).join(', ')}`,
        en: `Organization kind: ${rules.organizationKinds.map((k) => kindLabels[k]!.en).join(', ')}`,
      },
    });
  }
  if (rules.regions) out.push({ rule: 'regions', statement: { ko: `소재지: ${rules.regions.join(', ')}`, en: `Located in: ${rules.regions.map(regionEn).join(', ')}` } });
  if (rules.ksicPrefixes) {
    out.push({ rule: 'ksicPrefixes', statement: { ko: `업종: 한국표준산업분류 ${rules.ksicPrefixes.join(', ')}로 시작하는 업종`, en: `Industry: KSIC codes starting with ${rules.ksicPrefixes.join(', ')}` } });
  }
  if (rules.founderMaxAge) {
    const from = cutoff(today, rules.founderMaxAge + 1);
    out.push({
      rule: 'founderMaxAge',
      statement: { ko: `대표자 만 ${rules.founderMaxAge}세 이하 (${from} 이후 출생)`, en: `Representative aged ${rules.founderMaxAge} or under (born on or after ${from})` },
    });
  }
  if (rules.maxRevenueKRW !== undefined) {
    out.push({
      rule: 'maxRevenueKRW',
      statement: { ko: `최근 연도 매출액 ${wonKo(rules.maxRevenueKRW)} 이하 (예비창업자 포함)`, en: `Latest annual revenue of ₩${rules.maxRevenueKRW.toLocaleString('en')} or less (teams not yet founded included)` },
    });
  }
  for (const r of rules.notSupportedWithin ?? []) {
    const what = { ko: [r.program ? `'${r.program}'` : null, r.supportKind ? `${supportKindLabels[r.supportKind].ko} 지원` : null].filter(Boolean).join(' · ') || '지원', en: [r.program ? `'${r.program}'` : null, r.supportKind ? `${supportKindLabels[r.supportKind].en.toLowerCase()} support` : null].filter(Boolean).join(' or ') || 'support' };
    out.push({
      rule: 'notSupportedWithin',
      statement: {
        ko: `최근 ${r.years}년 이내 ${what.ko}을 받은 기업 제외 (모든 센터 기준, ${cutoff(today, r.years)} 이후)`,
        en: `Not to organizations that received ${what.en} from any center in the last ${r.years} years (since ${cutoff(today, r.years)})`,
      },
    });
  }
  return out;
}

/** 1950000000 → '19억 5,000만 원'. */
export function wonKo(amount: number): string {
  const eok = Math.floor(amount / 1e8);
  const man = Math.floor((amount % 1e8) / 1e4);
  const won = amount % 1e4;
  const parts = [eok ? `${eok.toLocaleString('ko')}억` : '', man ? `${man.toLocaleString('ko')}만` : '', won ? won.toLocaleString('ko') : ''].filter(Boolean);
  return `${parts.join(' ') || '0'} 원`;
}

type Org = { id: string; founded_on: string | null; kind: string; region: string | null; ksic_code: string | null; birth_date: string | null; revenue_krw: string | null; revenue_year: number | null };
type SupportRule = NonNullable<EligibilityRulesIn['notSupportedWithin']>[number];
type Hit = { center: string; kind: string; started_on: string };

const orgColumns = sql`id::text as id, founded_on::text as founded_on, kind, region, ksic_code,
    representative_birth_date::text as birth_date, revenue_krw::text as revenue_krw, revenue_year`;

/** The latest support of the rule's kind (or program) since its cutoff, per organization: one query for many. */
async function supportHits(database: Database, organizationIds: string[], r: SupportRule, today: string): Promise<Map<string, Hit>> {
  const since = cutoff(today, r.years);
  const rows = await database.rows<Hit & { organization_id: string }>(sql`
    select distinct on (s.organization_id) s.organization_id::text as organization_id, coalesce(c.short_name, cl.name) as center, s.kind, s.started_on::text as started_on
    from support_records s left join centers c on c.id = s.center_id left join clusters cl on cl.id = s.cluster_id
    where s.organization_id = any(${sql.param(organizationIds)}::uuid[]) and coalesce(s.ended_on, s.started_on) >= ${since}::date
      ${r.supportKind ? sql`and s.kind = ${r.supportKind}` : sql``} ${r.program ? sql`and s.program = ${r.program}` : sql``}
    order by s.organization_id, s.started_on desc`);
  return new Map(rows.map((row) => [row.organization_id, row]));
}

/** Each rule's result for an organization whose record and support hits (one per notSupportedWithin rule, in order) are at hand. */
function judge(org: Org, rules: EligibilityRulesIn, today: string, hits: (Hit | undefined)[]): RuleResult[] {
  const results: RuleResult[] = [];
  let supportIndex = 0;
  for (const s of statements(rules, today)) {
    const result = (passed: boolean | null, reason: Text | null): RuleResult => ({ ...s, passed, reason: passed ? null : reason });
    if (s.rule === 'maxYearsInBusiness') {
      const from = cutoff(today, rules.maxYearsInBusiness!);
      results.push(result(!org.founded_on || org.founded_on >= from, { ko: `설립일 ${org.founded_on}: ${rules.maxYearsInBusiness}년이 지났습니다.`, en: `Founded ${org.founded_on}: more than ${rules.maxYearsInBusiness} years ago.` }));
    } else if (s.rule === 'organizationKinds') {
      results.push(result(rules.organizationKinds!.includes(org.kind as never), { ko: `기업구분이 ${kindLabels[org.kind]?.ko ?? org.kind}입니다.`, en: `The organization is ${kindLabels[org.kind]?.en ?? org.kind}.` }));
    } else if (s.rule === 'regions') {
      results.push(
        org.region
          ? result(rules.regions!.includes(org.region as never), { ko: `소재지가 ${org.region}입니다.`, en: `The organization is in ${regionEn(org.region)}.` })
          : result(null, { ko: '기업 정보에 소재지가 없습니다. 기업 정보를 먼저 보완하세요.', en: "The organization's region is missing: complete its profile first." }),
      );
    } else if (s.rule === 'ksicPrefixes') {
      results.push(
        org.ksic_code
          ? result(rules.ksicPrefixes!.some((p) => org.ksic_code!.startsWith(p)), { ko: `업종 코드가 ${org.ksic_code}입니다.`, en: `Its industry code is ${org.ksic_code}.` })
          : result(null, { ko: '기업 정보에 업종이 없습니다. 기업 정보를 먼저 보완하세요.', en: "The organization's industry is missing: complete its profile first." }),
      );
    } else if (s.rule === 'founderMaxAge') {
      const from = cutoff(today, rules.founderMaxAge! + 1);
      results.push(
        org.birth_date
          ? result(org.birth_date >= from, { ko: `대표자 생년월일이 ${org.birth_date}입니다 (만 ${rules.founderMaxAge}세 초과).`, en: `The representative was born on ${org.birth_date} (over ${rules.founderMaxAge}).` })
          : result(null, { ko: '기업 정보에 대표자 생년월일이 없습니다. 기업 정보를 먼저 보완하세요.', en: "The representative's date of birth is missing: complete the organization's profile first." }),
      );
    } else if (s.rule === 'maxRevenueKRW') {
      const revenue = org.revenue_krw === null ? null : Number(org.revenue_krw);
      if (revenue === null && !org.founded_on) results.push(result(true, null));
      else if (revenue === null) results.push(result(null, { ko: '기업 정보에 최근 연도 매출액이 없습니다. 기업 정보를 먼저 보완하세요.', en: "The organization's latest annual revenue is missing: complete its profile first." }));
      else results.push(result(revenue <= rules.maxRevenueKRW!, { ko: `${org.revenue_year ?? '최근'}년 매출액이 ${wonKo(revenue)}입니다.`, en: `Its ${org.revenue_year ?? 'latest'} revenue is ₩${revenue.toLocaleString('en')}.` }));
    } else {
      const hit = hits[supportIndex++];
      const label = hit ? (supportKindLabels as Record<string, Text>)[hit.kind] : undefined;
      results.push(
        result(!hit, hit ? { ko: `${hit.started_on} ${hit.center}에서 ${label?.ko ?? hit.kind} 지원을 받았습니다.`, en: `Received ${label?.en ?? hit.kind} support from ${hit.center} on ${hit.started_on}.` } : null),
      );
    }
  }
  return results;
}

/**
 * Each rule's result for one organization. `passed` is null when the organization's record lacks
 * what the rule needs (no region, no industry): the applicant is asked to complete the profile.
 */
export async function evaluate(database: Database, rules: EligibilityRulesIn, organizationId: string, today: string): Promise<RuleResult[]> {
  return (await evaluateMany(database, rules, [{ organizationId, today }]))[0]!;
}

/**
 * `evaluate` for many organizations, each on its own day (a ranking judges each applicant as it
 * stood when it applied): one read of the organizations, one per support rule and distinct day.
 * The results are in the order of `items`.
 */
export async function evaluateMany(database: Database, rules: EligibilityRulesIn, items: { organizationId: string; today: string }[]): Promise<RuleResult[][]> {
  if (!items.length) return [];
  const ids = [...new Set(items.map((i) => i.organizationId))];
  const orgs = new Map((await database.rows<Org>(sql`select ${orgColumns} from organizations where id = any(${sql.param(ids)}::uuid[])`)).map((o) => [o.id, o]));
  const hits = new Map<string, Map<string, Hit>[]>();
  for (const day of new Set(items.map((i) => i.today))) {
    const onDay = [...new Set(items.filter((i) => i.today === day).map((i) => i.organizationId))];
    const perRule: Map<string, Hit>[] = [];
    for (const r of rules.notSupportedWithin ?? []) perRule.push(await supportHits(database, onDay, r, day));
    hits.set(day, perRule);
  }
  return items.map(({ organizationId, today }) => {
    const org = orgs.get(organizationId);
    if (!org) throw new Error(`no organization ${organizationId}`);
    return judge(org, rules, today, hits.get(today)!.map((m) => m.get(organizationId)));
  });
}
