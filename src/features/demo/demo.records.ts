import { DEMO_TODAY, type DemoAffiliation, type DemoOrganization, type DemoSupportRecord } from './demo.dataset.ts';
import type { OrganizationKind } from './demo.fixed.ts';
import { centerPrograms, clusterPrograms, commonPrograms, type Program, type SupportKind } from './demo.programs.ts';
import { addDays, dateBetween, daysBetween, maxDate, minDate, wonBetween, type Random } from '../../shared/random.ts';
import { themeByKey } from './demo.themes.ts';

/** Who logs a record: a staff member of its center, or the coordinator of its cluster. */
export type Staff = { byCenter: Map<string, string[]>; byCluster: Map<string, string> };

export type RecordDraft = Omit<DemoSupportRecord, 'id' | 'staffPersonId' | 'endedOn' | 'valueKrw' | 'notes'> & {
  endedOn?: string | null;
  valueKrw?: number | null;
  notes?: string;
};

type Profile = 'startup' | 'team' | 'sme' | 'midsize';

/** How much more or less each profile uses each kind of support (startups space and mentoring, SMEs smart factories …). */
const BIAS: Record<Profile, Partial<Record<SupportKind, number>>> = {
  startup: { consulting: 0.8, mentoring: 1.5, education: 1.2, space: 1.5, prototype: 1.3, funding: 1.3, investment_linkage: 1, tech_transfer: 0.5, marketing: 0.8, overseas: 0.7, smart_factory: 0.05, other: 0.6 },
  team: { mentoring: 2, education: 2, space: 1, prototype: 1, other: 0.5 },
  sme: { consulting: 1.5, mentoring: 0.7, education: 0.8, space: 0.2, prototype: 0.6, funding: 0.8, investment_linkage: 0.4, tech_transfer: 1.2, marketing: 1.4, overseas: 1.2, smart_factory: 2, other: 0.6 },
  midsize: { consulting: 1.2, education: 0.6, funding: 0.5, tech_transfer: 1, marketing: 1.2, overseas: 1.5, smart_factory: 1.5, other: 0.6 },
};

/** Records per center affiliation before scaling by its length: [min, max]. */
const VOLUME: Record<Profile, readonly [number, number]> = { startup: [5, 14], team: [2, 4], sme: [4, 11], midsize: [2, 6] };

/** Universities, institutes, investors and buyers take part rather than receive support. */
const PARTICIPATION: Partial<Record<OrganizationKind, Program>> = {
  university: { name: '협력기관 공동 행사', kind: 'other', weight: 1, notes: ['창업 교육 공동 운영', '기술 설명회 공동 개최', 'MOU 체결'] },
  institute: { name: '협력기관 공동 행사', kind: 'other', weight: 1, notes: ['기술 설명회 공동 개최', '장비 공동 활용 협약'] },
  agency: { name: '협력기관 공동 행사', kind: 'other', weight: 1, notes: ['지원사업 공동 설명회', 'MOU 체결'] },
  investor: { name: '투자설명회(IR) 공동 개최', kind: 'other', weight: 1, notes: ['데모데이 심사 참여', '투자 상담회'] },
  buyer: { name: '수출상담회 바이어 초청', kind: 'overseas', weight: 1, notes: ['화상 수출상담', '방한 바이어 상담회'] },
};

function profileOf(o: DemoOrganization): Profile | null {
  const v = o.values;
  if (v.kind === 'startup') return v.businessRegistrationNumber ? 'startup' : 'team';
  if (v.kind === 'sme' || v.kind === 'midsize') return v.kind;
  return null;
}

/** Programs the 인천 center gives each smart-logistics company first, so every one has a history. */
function logisticsStart(theme: string, profile: Profile): string[] {
  const second = theme === 'fresh-export' ? '신선식품 수출 지원' : theme === 'cross-border' ? '역직구 온라인 창업교육' : profile === 'sme' ? '물류아카데미' : '물류벤처 육성프로그램 (한진·스파크랩·시스코)';
  return ['종합물류컨설팅', second];
}

export class RecordMaker {
  readonly records: DemoSupportRecord[] = [];

  constructor(private readonly random: Random, private readonly staff: Staff) {}

  /** Completes a draft with its id and staff person; drops dates past the demo's today. */
  push(d: RecordDraft): void {
    const staffPersonId = d.centerId ? this.random.pick(this.staff.byCenter.get(d.centerId)!) : this.staff.byCluster.get(d.clusterKey!)!;
    const endedOn = d.endedOn && d.endedOn <= DEMO_TODAY ? d.endedOn : null;
    this.records.push({ id: this.random.uuid(), staffPersonId, ...d, endedOn, valueKrw: d.valueKrw ?? null, notes: d.notes ?? '' });
  }

  /** One record of `program` for an organization, on a date in [from, to]. */
  fromProgram(o: DemoOrganization, scope: { centerId: string | null; clusterKey: string | null }, p: Program, from: string, to: string): boolean {
    const start = maxDate(from, p.from ?? from);
    if (start > to) return false;
    const startedOn = dateBetween(this.random, start, to);
    this.push({
      organizationId: o.id,
      ...scope,
      kind: p.kind,
      startedOn,
      endedOn: p.days ? addDays(startedOn, this.random.int(p.days[0], p.days[1])) : null,
      valueKrw: p.value ? wonBetween(this.random, p.value[0], p.value[1]) : null,
      program: p.name,
      notes: p.notes ? this.random.pick(p.notes) : '',
    });
    return true;
  }

  /** The ledger of one organization with one center, sized by how long they have worked together. */
  forCenter(o: DemoOrganization, a: DemoAffiliation, primary: boolean): void {
    const centerId = a.centerId!;
    const to = minDate(a.endedOn ?? DEMO_TODAY, DEMO_TODAY);
    const profile = profileOf(o);
    const scope = { centerId, clusterKey: null };
    if (!profile) {
      const p = PARTICIPATION[o.values.kind];
      if (p) for (let i = this.random.int(0, 2); i > 0; i--) this.fromProgram(o, scope, p, a.startedOn, to);
      return;
    }
    const years = Math.max(0, daysBetween(a.startedOn, to)) / 365;
    const [min, max] = VOLUME[profile];
    let n = Math.max(1, Math.round(this.random.int(min, max) * Math.min(1, 0.35 + years / 5) * (primary ? 1 : 0.5)));
    const catalog = [...(centerPrograms[centerId] ?? []), ...commonPrograms].filter((p) => !p.themes || (o.theme !== null && p.themes.includes(o.theme)));
    const forced = centerId === 'incheon' && o.theme && themeByKey.get(o.theme)?.logistics ? logisticsStart(o.theme, profile) : [];
    for (const name of forced) {
      const p = catalog.find((x) => x.name === name)!;
      if (this.fromProgram(o, scope, p, a.startedOn, to)) n--;
    }
    const weights = Object.fromEntries(catalog.map((p, i) => [String(i), p.weight * (BIAS[profile][p.kind] ?? 0)]));
    for (let tries = 0; n > 0 && tries < 40; tries++) {
      const p = catalog[Number(this.random.weighted(weights))]!;
      if (this.fromProgram(o, scope, p, a.startedOn, to)) n--;
    }
  }

  /** A mini-cluster member's ledger: workshops, seminars, R&BD, joint business models. */
  forCluster(o: DemoOrganization, a: DemoAffiliation): void {
    const scope = { centerId: null, clusterKey: a.clusterKey };
    // The smart sub-MCs do one thing each: smart factories, or sharing manufacturing data.
    const sub = a.clusterKey === 'smart-factory-sub' ? 'smart_factory' : a.clusterKey === 'data-sub' ? 'other' : null;
    const institution = o.values.kind === 'university' || o.values.kind === 'institute' || o.values.kind === 'agency';
    const years = Math.max(0, daysBetween(a.startedOn, DEMO_TODAY)) / 365;
    let n = sub ? this.random.int(1, 2) : institution ? this.random.int(0, 1) : Math.max(1, Math.round(this.random.int(2, 8) * Math.min(1, 0.4 + years / 6)));
    const catalog = sub
      ? clusterPrograms.filter((p) => p.kind === sub)
      : institution ? clusterPrograms.filter((p) => p.kind === 'education') : clusterPrograms;
    const weights = Object.fromEntries(catalog.map((p, i) => [String(i), p.weight]));
    for (let tries = 0; n > 0 && tries < 30; tries++) {
      const p = catalog[Number(this.random.weighted(weights))]!;
      if (this.fromProgram(o, scope, p, a.startedOn, DEMO_TODAY)) n--;
    }
  }
}
