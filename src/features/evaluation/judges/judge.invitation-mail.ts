import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../../db/client.ts';
import type { Deps } from '../../../http/context.ts';
import { seoulDateTime } from '../../../shared/clock.ts';
import { randomToken, sha256 } from '../../../shared/tokens.ts';
import type { Lang } from '../../../shared/i18n/index.ts';
import { enqueueMail } from '../../mail/mail.service.ts';
import { webUrl } from '../../../shared/config.ts';

/** How long an invitation link works. */
const INVITATION_DAYS = 14;

/** A fresh invitation token for the link, its hash for the table (the token itself is never stored), and its expiry. */
export function newInvitation(deps: Pick<Deps, 'clock'>): { token: string; hash: string; expiresAt: Date } {
  const token = randomToken();
  return { token, hash: sha256(token), expiresAt: new Date(deps.clock.now().getTime() + INVITATION_DAYS * 86_400_000) };
}

/** What an invitation says of its round: the round, the call, and the center or cluster running it. */
export type InvitationFacts = {
  roundName: string;
  opensAt: Date;
  closesAt: Date;
  callTitle: string;
  centerId: string | null;
  clusterId: string | null;
  scopeName: { ko: string; en: string };
};

export async function invitationFacts(db: Db, roundId: string): Promise<InvitationFacts> {
  const [row] = await rowsOf<{ roundName: string; opensAt: Date | string; closesAt: Date | string; callTitle: string; centerId: string | null; clusterId: string | null; ko: string; en: string }>(db, sql`
    select r.name as "roundName", r.scoring_opens_at as "opensAt", r.scoring_closes_at as "closesAt", k.title as "callTitle",
      p.center_id as "centerId", p.cluster_id as "clusterId", coalesce(c.name, cl.name, '') as ko, coalesce(c.name_en, cl.name_en, '') as en
    from evaluation_rounds r join calls k on k.id = r.call_id join programs p on p.id = k.program_id
    left join centers c on c.id = p.center_id left join clusters cl on cl.id = p.cluster_id
    where r.id = ${roundId}::uuid`);
  return {
    roundName: row!.roundName,
    opensAt: new Date(row!.opensAt),
    closesAt: new Date(row!.closesAt),
    callTitle: row!.callTitle,
    centerId: row!.centerId,
    clusterId: row!.clusterId,
    scopeName: { ko: row!.ko, en: row!.en || row!.ko },
  };
}

/** The page of the web app where the invited person accepts or declines. */
const invitationUrl = (deps: Pick<Deps, 'config'>, token: string) => webUrl(deps.config, `/judge/invitations/${token}`);

/** Queues the invitation mail inside `tx`, in the invited person's language. */
export async function mailInvitation(
  tx: Db,
  deps: Deps,
  to: { email: string; name: string; locale: string },
  facts: InvitationFacts,
  invitation: { token: string; expiresAt: Date },
  inviter: string,
  message: string,
): Promise<void> {
  const locale: Lang = to.locale === 'en' ? 'en' : 'ko';
  await enqueueMail(tx, deps, {
    kind: 'judgeInvitation',
    to: to.email,
    locale,
    centerId: facts.centerId,
    clusterId: facts.clusterId,
    params: {
      name: to.name,
      inviter,
      scope: facts.scopeName[locale],
      callTitle: facts.callTitle,
      roundName: facts.roundName,
      opensAt: seoulDateTime(facts.opensAt),
      closesAt: seoulDateTime(facts.closesAt),
      expiresAt: seoulDateTime(invitation.expiresAt),
      message: message ? `\n${message}\n` : '',
      url: invitationUrl(deps, invitation.token),
    },
  });
}
