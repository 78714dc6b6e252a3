import { Alert } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { PageLoader, QueryState } from '../../components/query-state';
import { RouterAnchor } from '../../components/router-link';
import { callQuery } from '../calls/call.queries';
import { FormBuilder } from './form-builder';
import { savedFormQuery } from './form-builder.queries';

/** 신청서 양식: the staff of a call build its application form (who may edit the call may edit its form). */
export function FormBuilderPage() {
  const { t } = useTranslation();
  const { callId } = useParams({ from: '/app/calls/$callId/form' });
  const call = useQuery(callQuery(callId));
  const form = useQuery({ ...savedFormQuery(callId), enabled: !!call.data?.permissions.update });

  return (
    <QueryState query={call}>
      {(c) => (
        <>
          <PageHeader
            title={t('formBuilder.title')}
            description={<span data-testid="form-call-title">{c.title}</span>}
            actions={
              <RouterAnchor to="/calls/$callId" params={{ callId }} size="sm">
                {t('formBuilder.backToCall')}
              </RouterAnchor>
            }
          />
          {!c.permissions.update ? (
            <Alert color="gray" variant="light" data-testid="form-no-rights">
              {t('formBuilder.noRights')}
            </Alert>
          ) : form.isPending ? (
            <PageLoader />
          ) : (
            <QueryState query={form}>{(saved) => <FormBuilder key={c.id} call={c} initialSaved={saved} />}</QueryState>
          )}
        </>
      )}
    </QueryState>
  );
}
