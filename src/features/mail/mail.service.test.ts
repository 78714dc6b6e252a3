import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { testDeps } from '../../../test/db.ts';
import { client, user } from '../../../test/factories.ts';
import type { Deps } from '../../http/context.ts';
import { createTransport, deliverDue } from './mail.service.ts';

/** Mail goes through nodemailer to a real SMTP server listening on loopback. */
let deps: Deps & { clock: { advance(ms: number): void } };
let smtp: SMTPServer;
let port: number;
const received: { to: string; raw: string }[] = [];

beforeAll(async () => {
  deps = await testDeps();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
  port = (smtp.server.address() as { port: number }).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await deps.database.close();
});

describe('mail', () => {
  it('keeps messages in the outbox for administrators when no SMTP server is configured', async () => {
    const admin = await user(deps, 'center_admin', { centerId: 'incheon' });
    const { call } = client(deps);
    const created = await call('POST', '/api/v1/people', {
      token: admin.token,
      body: { email: 'new.manager@incheon.kr', name: '박매니저', password: 'first-password-1', memberships: [{ role: 'center_manager', centerId: 'incheon' }] },
    });
    expect(created.status).toBe(201);
    const outbox = await call('GET', '/api/v1/outbox', { token: admin.token });
    expect(outbox.body.items[0]).toMatchObject({ to: 'new.manager@incheon.kr', status: 'outbox', subject: '[innohub] 박매니저님의 계정이 만들어졌습니다' });
    expect(outbox.body.items[0].body).toContain('역할: 센터 매니저');
    const other = await user(deps, 'center_admin', { centerId: 'jeonbuk' });
    expect((await call('GET', '/api/v1/outbox', { token: other.token })).body.items).toEqual([]);
  });

  it('delivers queued messages over SMTP, in the person\'s language', async () => {
    const smtpDeps = { ...deps, config: { ...deps.config, smtpUrl: `smtp://127.0.0.1:${port}` } };
    const national = await user(deps, 'national_admin');
    const { call } = client(smtpDeps);
    await call('POST', '/api/v1/people', {
      token: national.token,
      body: { email: 'expert@example.org', name: 'Jane Kim', locale: 'en', password: 'first-password-1', memberships: [{ role: 'expert', centerId: 'incheon' }] },
    });
    const sent = await deliverDue(smtpDeps, createTransport(smtpDeps.config.smtpUrl!));
    expect(sent).toBe(1);
    expect(received.at(-1)!.to).toBe('expert@example.org');
    expect(received.at(-1)!.raw).toMatch(/Subject: \[innohub\] Your account has been created, Jane Kim/);
    const [row] = await deps.database.rows<{ status: string }>(sql`select status from mail_outbox where to_address = 'expert@example.org'`);
    expect(row!.status).toBe('sent');
  });

  it('retries a failed delivery with backoff and gives up after eight attempts', async () => {
    const down = { ...deps, config: { ...deps.config, smtpUrl: 'smtp://127.0.0.1:9' } };
    const national = await user(deps, 'national_admin');
    await client(down).call('POST', '/api/v1/people', {
      token: national.token,
      body: { email: 'unlucky@example.org', name: '불운', password: 'first-password-1', memberships: [{ role: 'judge', centerId: 'incheon' }] },
    });
    const transport = createTransport(down.config.smtpUrl!);
    for (let attempt = 1; attempt <= 8; attempt++) {
      expect(await deliverDue(down, transport)).toBe(0);
      const [row] = await deps.database.rows<{ status: string; attempts: number }>(sql`select status, attempts from mail_outbox where to_address = 'unlucky@example.org'`);
      expect(row).toEqual({ status: attempt < 8 ? 'queued' : 'failed', attempts: attempt });
      // Not due again until its backoff has passed.
      expect(await deliverDue(down, transport)).toBe(0);
      deps.clock.advance(7 * 3_600_000);
    }
  });
});
