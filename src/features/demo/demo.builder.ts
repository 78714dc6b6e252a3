import { withCheckDigit } from '../organizations/brn.ts';
import { dedupeKeyOf, type OrganizationValues } from '../organizations/organization.service.ts';
import type { DemoAffiliation, DemoOrganization } from './demo.dataset.ts';
import { DEMO_FIRST_DAY } from './demo.dataset.ts';
import type { OrganizationKind } from './demo.fixed.ts';
import type { Random } from '../../shared/random.ts';

/** The kind of entity a BRN's middle two digits encode (81/86/87/88 companies, 82 non-profits, 83 state bodies). */
export type Registrant = 'corporation' | 'individual' | 'nonprofit' | 'state';

const CORPORATION_CODES = ['81', '81', '81', '86', '87', '88'];

export function registrantOf(kind: OrganizationKind, name: string): Registrant {
  if (kind === 'university' || kind === 'institute') return 'nonprofit';
  if (kind === 'agency') return /청$|공단|공사|^관세청/.test(name) ? 'state' : 'nonprofit';
  return 'corporation';
}

/**
 * Collects the organizations and affiliations of the demo while keeping the identities the
 * database will enforce: BRNs unique with valid check digits, names unique once normalised.
 */
export class OrganizationBuilder {
  readonly organizations: DemoOrganization[] = [];
  readonly affiliations: DemoAffiliation[] = [];
  private readonly brns = new Set<string>();
  private readonly names = new Set<string>();

  constructor(private readonly random: Random) {}

  brn(registrant: Registrant): string {
    for (;;) {
      const office = String(this.random.int(101, 899));
      const middle =
        registrant === 'corporation' ? this.random.pick(CORPORATION_CODES)
        : registrant === 'nonprofit' ? '82'
        : registrant === 'state' ? '83'
        : String(this.random.int(1, 79)).padStart(2, '0');
      const brn = withCheckDigit(`${office}${middle}${String(this.random.int(1, 9999)).padStart(4, '0')}`);
      if (!this.brns.has(brn)) {
        this.brns.add(brn);
        return brn;
      }
    }
  }

  /** Claims a name (ignoring legal-form markers and spacing); false when taken. */
  claimName(name: string): boolean {
    const key = dedupeKeyOf(name, '');
    if (this.names.has(key)) return false;
    this.names.add(key);
    return true;
  }

  add(
    values: OrganizationValues,
    meta: { key?: string; theme?: string; tags?: string[] },
    affiliations: Omit<DemoAffiliation, 'organizationId'>[],
  ): DemoOrganization {
    const starts = affiliations.map((a) => a.startedOn).sort();
    const organization: DemoOrganization = {
      id: this.random.uuid(),
      key: meta.key ?? null,
      theme: meta.theme ?? null,
      tags: meta.tags ?? [],
      values,
      createdOn: starts[0] ?? DEMO_FIRST_DAY,
    };
    this.organizations.push(organization);
    for (const a of affiliations) this.affiliations.push({ organizationId: organization.id, ...a });
    return organization;
  }

  addAffiliation(a: DemoAffiliation): void {
    this.affiliations.push(a);
  }
}

/** Column values with the optional fields defaulted, as organizationColumns expects them. */
export function organizationValues(v: Partial<OrganizationValues> & Pick<OrganizationValues, 'name' | 'kind'>): OrganizationValues {
  return {
    businessRegistrationNumber: v.businessRegistrationNumber ?? null,
    name: v.name,
    nameEn: v.nameEn ?? null,
    kind: v.kind,
    foundedOn: v.foundedOn ?? null,
    region: v.region ?? null,
    ksicCode: v.ksicCode ?? null,
    stage: v.stage ?? null,
    description: v.description ?? '',
    products: v.products ?? '',
    technologies: v.technologies ?? '',
    website: v.website ?? null,
    representative: v.representative ?? null,
    contactEmail: v.contactEmail ?? null,
    contactPhone: v.contactPhone ?? null,
  };
}
