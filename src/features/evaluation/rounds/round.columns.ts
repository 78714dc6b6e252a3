import { uuid } from 'drizzle-orm/pg-core';
import { applications } from '../../applications/application.table.ts';
import { people } from '../../people/person.table.ts';
import { evaluationRounds } from './round.table.ts';

/** The round a row belongs to (deleted with it). */
export const roundColumn = () => ({
  roundId: uuid('round_id')
    .notNull()
    .references(() => evaluationRounds.id, { onDelete: 'cascade' }),
});

/** An application of the round a row belongs to. */
export const roundApplicationColumns = () => ({
  ...roundColumn(),
  applicationId: uuid('application_id')
    .notNull()
    .references(() => applications.id),
});

/** A judge (a person) and an application of the round a row belongs to: a pair to assign, score or keep apart. */
export const judgeApplicationColumns = () => ({
  ...roundApplicationColumns(),
  personId: uuid('person_id')
    .notNull()
    .references(() => people.id),
});
