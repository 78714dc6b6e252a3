import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { getCookie } from 'hono/cookie';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { actorFromBearer, actorFromSession } from '../features/auth/auth.service.ts';
import { migrationsApplied } from '../db/migrate.ts';
import { pickLanguage } from '../shared/i18n/index.ts';
import type { AppEnv, Deps } from './context.ts';
import { AppError, toProblem } from './errors.ts';
import { router } from './openapi.ts';
import { registerDocs } from './docs.ts';
import { registerRoutes } from './routes.ts';
import { SESSION_COOKIE } from './session.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** Endpoints that answer without sign-in; every other one needs an actor before its input is read. */
const PUBLIC = [/^GET \/api\/v1\/centers(\/[^/]+)?$/, /^GET \/api\/v1\/calls(\/[^/]+(\/form|\/attachments\/[^/]+)?)?$/, /^POST \/api\/v1\/auth\/sign-(in|out|up)$/,
  // An invitation to judge: its link's token is the credential.
  /^GET \/api\/v1\/judge-invitations\/[^/]+$/, /^POST \/api\/v1\/judge-invitations\/[^/]+\/(accept|decline)$/];
const isPublic = (method: string, path: string) => PUBLIC.some((re) => re.test(`${method} ${path.replace(/\/$/, '')}`));

export const openApiInfo = {
  openapi: '3.1.0',
  info: {
    title: 'innohub API',
    version: '1',
    description:
      'innohub: 창조경제혁신센터·미니클러스터·전국 사무국의 운영 플랫폼 API. Errors are RFC 9457 problem+json in the request language (Accept-Language: ko or en). ' +
      'Authenticate with the session cookie (and X-CSRF-Token on writes) or `Authorization: Bearer <token>`.',
  },
} as const;

const UPLOAD_BODY = /^\s*(multipart\/form-data|application\/octet-stream)\b/i;

const jsonLimit = bodyLimit({
  maxSize: 1024 * 1024,
  onError: () => {
    throw new AppError('payloadTooLarge');
  },
});

export function createApp(deps: Deps) {
  const app = router();

  app.use('*', async (c, next) => {
    const requestId = c.req.header('x-request-id')?.slice(0, 64) || crypto.randomUUID();
    c.set('deps', deps);
    c.set('requestId', requestId);
    c.set('lang', pickLanguage(c.req.header('accept-language'), c.req.query('lang')));
    c.set('actor', null);
    const started = performance.now();
    await next();
    c.header('x-request-id', requestId);
    if (c.req.path.startsWith('/api/')) {
      deps.logger.info(
        { requestId, method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) },
        'request',
      );
    }
  });

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  // JSON bodies are small. Files (multipart forms, raw bytes) go only to the routes that take them,
  // and each of those sets its own limit (imports, attachments, application files); a JSON route
  // never reads such a body (its validator refuses the content type first).
  app.use('/api/v1/*', async (c, next) => (UPLOAD_BODY.test(c.req.header('content-type') ?? '') ? next() : jsonLimit(c, next)));

  app.onError((error, c) => {
    const lang = c.get('lang') ?? 'ko';
    const requestId = c.get('requestId');
    let appError: AppError;
    if (error instanceof AppError) appError = error;
    else if (error instanceof SyntaxError || (error as { status?: number }).status === 400) {
      appError = AppError.field('body', 'validation.invalidJson');
    } else if ((error as { status?: number }).status === 415) {
      appError = new AppError('unsupportedMediaType');
    } else {
      deps.logger.error({ err: error, requestId }, 'unhandled error');
      appError = new AppError('internal');
    }
    const problem = toProblem(appError, lang, requestId);
    return c.body(JSON.stringify(problem), appError.status as 400, { 'content-type': 'application/problem+json; charset=utf-8' });
  });

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    try {
      const ready = await migrationsApplied(deps.database);
      return c.json({ status: ready ? 'ready' : 'migrating', database: deps.database.kind }, ready ? 200 : 503);
    } catch {
      return c.json({ status: 'unavailable', database: deps.database.kind }, 503);
    }
  });

  // Authentication: a bearer token, or the session cookie with a CSRF token on writes.
  app.use('/api/v1/*', async (c, next) => {
    const authorization = c.req.header('authorization');
    if (authorization?.toLowerCase().startsWith('bearer ')) {
      const actor = await actorFromBearer(deps, authorization.slice(7).trim());
      if (!actor) throw new AppError('unauthenticated');
      c.set('actor', actor);
    } else {
      const token = getCookie(c, SESSION_COOKIE);
      if (token) {
        const resolved = await actorFromSession(deps, token);
        if (resolved && 'expired' in resolved) throw new AppError('sessionExpired');
        if (resolved) {
          if (!SAFE_METHODS.has(c.req.method) && c.req.header('x-csrf-token') !== resolved.csrfToken) throw new AppError('csrf');
          c.set('actor', resolved.actor);
        }
      }
    }
    if (!c.get('actor') && !isPublic(c.req.method, c.req.path)) throw new AppError('unauthenticated');
    if (c.get('actor')?.locale === 'en' && !c.req.header('accept-language') && !c.req.query('lang')) c.set('lang', 'en');
    await next();
  });

  registerRoutes(app);

  app.doc31('/api/openapi.json', openApiInfo);
  registerDocs(app);
  app.all('/api/*', () => {
    throw AppError.notFound();
  });

  if (fs.existsSync(webDist)) {
    app.use('/assets/*', serveStatic({ root: path.relative(process.cwd(), webDist) }));
    app.get('*', serveStatic({ root: path.relative(process.cwd(), webDist) }));
    const index = fs.readFileSync(path.join(webDist, 'index.html'), 'utf8');
    app.get('*', (c) => c.html(index));
  } else {
    app.get('/', (c) =>
      c.text('innohub API is running. The web app is not built: run `npm run build:web` (npm start does this).\n', 200),
    );
  }
  return app;
}

export type App = ReturnType<typeof createApp>;
