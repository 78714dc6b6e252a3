import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../api/client';
import type { AffiliationKind, OrganizationKind, Region, Stage } from '../features/organizations/organization.codes';
import type { PartnerRole, ProgramStage, ProgramType } from '../features/programs/program.codes';
import type { SupportKind } from '../features/support-records/support-record.codes';

/** Labels of the API's codes (kinds, stages, support kinds, roles, regions, program codes) in the current language. */
export function useLabels() {
  const { t, i18n } = useTranslation();
  return useMemo(
    () => ({
      kind: (v: OrganizationKind) => t(`codes.kind.${v}`),
      stage: (v: Stage | 'unknown') => t(`codes.stage.${v}`),
      supportKind: (v: SupportKind) => t(`codes.supportKind.${v}`),
      role: (v: Role) => t(`codes.role.${v}`),
      affiliationKind: (v: AffiliationKind) => t(`codes.affiliationKind.${v}`),
      programType: (v: ProgramType) => t(`codes.programType.${v}`),
      programStage: (v: ProgramStage) => t(`codes.programStage.${v}`),
      partnerRole: (v: PartnerRole) => t(`codes.partnerRole.${v}`),
      // Region codes are Korean short names; unknown ones show as they are.
      region: (v: string) => (i18n.language === 'en' ? t(`codes.region.${v as Region}`, { defaultValue: v }) : v),
    }),
    [t, i18n.language],
  );
}
