import type { Db } from '../../db/client.ts';
import type { Deps } from '../../http/context.ts';
import { t, type Lang } from '../../shared/i18n/index.ts';
import { enqueueMails, type MailMessage } from '../mail/mail.service.ts';
import { parsePeriod, type OutcomeMetric } from '../outcomes/outcome-metrics.ts';
import { membersOf } from './campaign.repository.ts';
import { webUrl } from '../../shared/config.ts';

/** What every campaign mail says about the campaign. */
export type CampaignMailFacts = {
  title: string;
  instructions: string;
  metrics: OutcomeMetric[];
  period: string;
  dueOn: string;
  centerId: string | null;
  clusterId: string | null;
  scopeName: { ko: string; en: string };
};

/** Days from `today` to `day` (both YYYY-MM-DD): 0 on the day, negative once past. */
export const daysBetween = (today: string, day: string) => Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);

/** 2026년 12월 10일 (목) / Thu, Dec 10, 2026. */
function dateOf(day: string, lang: Lang): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (lang === 'en') return new Intl.DateTimeFormat('en-US', { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(date);
  const weekday = new Intl.DateTimeFormat('ko-KR', { weekday: 'short', timeZone: 'UTC' }).format(date);
  return `${new Intl.DateTimeFormat('ko-KR', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date)} (${weekday})`;
}

/** 2026 → 2026년, 2026-Q3 → 2026년 3분기, 2026-10 → 2026년 10월 (Q3 2026, Oct 2026). */
function periodText(text: string, lang: Lang): string {
  const p = parsePeriod(text);
  if (!p) return text;
  const year = p.start.slice(0, 4);
  const month = Number(p.start.slice(5, 7));
  if (p.granularity === 'year') return lang === 'en' ? year : `${year}년`;
  if (p.granularity === 'quarter') return lang === 'en' ? `Q${Math.ceil(month / 3)} ${year}` : `${year}년 ${Math.ceil(month / 3)}분기`;
  return lang === 'en' ? new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${p.start}T00:00:00Z`)) : `${year}년 ${month}월`;
}

/** Where the member answers: the home page of the web app. */
const homeUrl = (deps: Deps) => webUrl(deps.config, '/');

/**
 * Mails every member of these organizations (people with a membership in one) about the
 * campaign, in their language, inside `tx`; a request mail or a reminder that says how long is
 * left (`today`, Korea time). Returns the number of mails queued.
 */
export async function mailMembers(tx: Db, deps: Deps, kind: 'campaignRequested' | 'campaignReminder', campaign: CampaignMailFacts, organizationIds: string[], today: string): Promise<number> {
  const members = await membersOf(tx, organizationIds);
  const days = daysBetween(today, campaign.dueOn);
  // What the mail says of the campaign, once per language (formatting dates is slow, thousands of members are not).
  const said = new Map<Lang, Record<string, string | number>>();
  const paramsIn = (locale: Lang) => {
    if (!said.has(locale)) {
      said.set(locale, {
        scope: campaign.scopeName[locale],
        title: campaign.title,
        period: periodText(campaign.period, locale),
        metrics: campaign.metrics.map((metric) => t(locale, `metrics.${metric}`)).join(', '),
        dueOn: dateOf(campaign.dueOn, locale),
        when: t(locale, `mail.campaignReminder.${days > 1 ? 'soon' : days === 1 ? 'tomorrow' : days === 0 ? 'today' : 'overdue'}`, { days }),
        instructions: campaign.instructions ? `\n${campaign.instructions}\n` : '',
        url: homeUrl(deps),
      });
    }
    return said.get(locale)!;
  };
  const messages: MailMessage[] = members.map((m) => {
    const locale: Lang = m.locale === 'en' ? 'en' : 'ko';
    return { kind, to: m.email, locale, params: { ...paramsIn(locale), name: m.name, organization: m.organization }, centerId: campaign.centerId, clusterId: campaign.clusterId };
  });
  await enqueueMails(tx, deps, messages);
  return members.length;
}
