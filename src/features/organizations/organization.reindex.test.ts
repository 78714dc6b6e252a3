import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDeps } from '../../../test/db.ts';
import { client, organization, user, type TestUser } from '../../../test/factories.ts';
import type { Deps } from '../../http/context.ts';
import { reindexOrganizations } from './organization.search.ts';

let deps: Deps;
let admin: TestUser;

beforeAll(async () => {
  deps = await testDeps();
  admin = await user(deps, 'national_admin');
});
afterAll(() => deps.database.close());

const search = async (q: string) =>
  ((await client(deps).call('GET', `/api/v1/organizations?q=${encodeURIComponent(q)}`, { token: admin.token })).body.items as { name: string }[]).map((i) => i.name);

describe('innohub search reindex', () => {
  it('rewrites the search columns a former version left, and only those', async () => {
    await organization(deps, { name: '새만금수소', description: '수소 충전소 운영' });
    const stale = await organization(deps, { name: '군산드론정비', description: '산업용 드론 정비와 교육' });
    // As an older tokenizer might have left it: other tokens, another length.
    await deps.database.rows(sql`update organizations set search_terms = '{"옛토큰": 3}'::jsonb, search_length = 3
      where id = ${stale.id}::uuid`);
    expect(await search('드론 정비')).toEqual([]);
    expect(await search('옛토큰')).toEqual(['군산드론정비']);

    const progress: number[] = [];
    const result = await reindexOrganizations(deps.database, (p) => progress.push(p.checked));
    expect(result).toEqual({ checked: 2, updated: 1 });
    expect(progress).toEqual([2]);
    expect(await search('드론 정비')).toEqual(['군산드론정비']);
    expect(await search('옛토큰')).toEqual([]);
    const [df] = await deps.database.rows<{ df: number }>(sql`select df from search_tokens where token = '옛토큰'`);
    expect(df!.df).toBe(0);

    expect(await reindexOrganizations(deps.database)).toEqual({ checked: 2, updated: 0 });
  });
});
