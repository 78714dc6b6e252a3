import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db } from '../../../db/client.ts';

/**
 * The applications a round evaluates, as a query of their ids: in a call's first round every
 * submitted (not withdrawn) application that staff have not found ineligible; in a later round
 * those the round before advanced.
 */
export function roundApplicationIds(roundId: string): SQL {
  return sql`
    select a.id from evaluation_rounds r
    join applications a on a.call_id = r.call_id
    where r.id = ${roundId}::uuid and a.status = 'submitted' and coalesce(a.review_status, 'received') <> 'ineligible'
      and (r.position = 1 or exists (
        select 1 from evaluation_rounds prev join round_decisions d on d.round_id = prev.id
        where prev.call_id = r.call_id and prev.position = r.position - 1 and d.application_id = a.id and d.decision = 'advance'))`;
}

export type RoundApplication = {
  id: string;
  organizationId: string;
  organizationName: string;
  receiptNumber: string | null;
  submittedAt: Date;
};

export async function roundApplications(db: Db, roundId: string): Promise<RoundApplication[]> {
  const rows = await rowsOf<RoundApplication & { submittedAt: Date | string }>(db, sql`
    select a.id, a.organization_id as "organizationId", o.name as "organizationName", a.receipt_number as "receiptNumber", a.submitted_at as "submittedAt"
    from applications a join organizations o on o.id = a.organization_id
    where a.id in (${roundApplicationIds(roundId)})
    order by a.receipt_number nulls last, a.id`);
  return rows.map((r) => ({ ...r, submittedAt: new Date(r.submittedAt) }));
}
