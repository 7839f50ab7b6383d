/**
 * A claim counts people or households ("2,310 familias"): the two are different indicators and are
 * never merged. Claims stored before this migration were all read as counts of people, so they keep
 * 'people'; re-ingesting a document gives its claims their units.
 */
import type { Kysely, Migration } from 'kysely';

export function claimUnits(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('claims').addColumn('unit', 'text', (col) => col.notNull().defaultTo('people')).execute();
    },
  };
}
