import type { Config } from '../shared/config.ts';
import type { Clock } from '../shared/clock.ts';
import type { Logger } from '../shared/logger.ts';
import type { Database } from '../db/client.ts';
import type { Actor } from '../features/auth/actor.ts';
import type { Lang } from '../shared/i18n/index.ts';
import { AppError } from './errors.ts';

/** What every service needs, passed explicitly. */
export type Deps = { database: Database; clock: Clock; logger: Logger; config: Config };

/** One request: who asks, in which language, under which id. */
export type RequestScope = { actor: Actor | null; lang: Lang; requestId: string };

/** The signed-in person of a request; 401 for nobody. */
export function requireActor(scope: RequestScope): Actor {
  if (!scope.actor) throw new AppError('unauthenticated');
  return scope.actor;
}

export type AppEnv = {
  Variables: { deps: Deps; actor: Actor | null; lang: Lang; requestId: string };
};
