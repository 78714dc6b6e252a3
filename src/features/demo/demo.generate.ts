import { DEMO_SEED, type DemoDataset } from './demo.dataset.ts';
import { generateOrganizations } from './demo.organizations.ts';
import { generatePeople } from './demo.people.ts';
import { Random } from '../../shared/random.ts';
import { RecordMaker } from './demo.records.ts';
import { STORY_KEYS, writeStories } from './demo.stories.ts';

/**
 * The demo dataset, in memory and without touching a database: the same seed always gives a
 * deep-equal result (ids, BRNs, names, dates and amounts), so it can be tested cheaply and
 * inserted in bulk.
 */
export function generateDemoDataset(seed = DEMO_SEED): DemoDataset {
  const random = new Random(seed);
  const { builder, clusters } = generateOrganizations(random);
  const { organizations, affiliations } = builder;
  const founder = organizations.find((o) => o.key === 'smart-logis')!;
  const { people, memberships, staffByCenter, coordinatorByCluster } = generatePeople(random, { founder: founder.id }, clusters.map((c) => c.key));

  const maker = new RecordMaker(random, { byCenter: staffByCenter, byCluster: coordinatorByCluster });
  writeStories(random, maker, organizations, affiliations);
  const curated = new Set<string>(organizations.filter((o) => o.key && (STORY_KEYS as readonly string[]).includes(o.key)).map((o) => o.id));
  const byId = new Map(organizations.map((o) => [o.id, o]));
  const seenCenter = new Set<string>();
  for (const a of affiliations) {
    if (curated.has(a.organizationId)) continue;
    const o = byId.get(a.organizationId)!;
    if (a.centerId) {
      if (o.values.kind === 'large' || a.kind === 'sponsor') continue;
      maker.forCenter(o, a, !seenCenter.has(o.id));
      seenCenter.add(o.id);
    } else {
      maker.forCluster(o, a);
    }
  }
  return { clusters, organizations, affiliations, people, memberships, supportRecords: maker.records };
}
