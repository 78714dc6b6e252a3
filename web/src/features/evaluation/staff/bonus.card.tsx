import { Alert, Button, Card, Grid, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { fieldErrorsOf, problemMessage } from '../../../api/form-errors';
import { ProblemAlert } from '../../../components/problem.alert';
import { RowActions } from '../../../components/row-actions';
import { SectionTitle } from '../../../components/section-title';
import { useFormat } from '../../../i18n/format';
import type { Round } from '../round.codes';
import { applicationLabel, points } from './staff.codes';
import { ApplicationPicker, Loading } from './staff.parts';
import { bonusGrantsQuery, roundKey } from './staff.queries';

type Values = { applicationId: string | null; points: number | string; reason: string };
const empty: Values = { applicationId: null, points: '', reason: '' };

/** 가점 부여: staff's bonus points with their reasons, added after aggregation within the round's cap; withdrawn until results are confirmed. */
export function BonusCard({ round, canWrite }: { round: Round; canWrite: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const queryClient = useQueryClient();
  const query = useQuery(bonusGrantsQuery(round.id));
  const writable = canWrite && !round.confirmedAt;
  const form = useForm<Values>({
    initialValues: empty,
    validate: {
      applicationId: (v) => (v ? null : t('validation.required')),
      points: (v) => (v === '' || Number(v) <= 0 ? t('round.mustBePositive') : null),
      reason: (v) => (v.trim() ? null : t('validation.required')),
    },
  });
  // A grant changes the ranking (final, order, proposal): both refresh.
  const refresh = () => queryClient.invalidateQueries({ queryKey: roundKey(round.id), predicate: (q) => q.queryKey[2] === 'bonus-grants' || q.queryKey[2] === 'ranking' });
  const grant = useMutation({
    mutationFn: (v: Values) => unwrap(api.POST('/api/v1/rounds/{id}/bonus-grants', { params: { path: { id: round.id } }, body: { applicationId: v.applicationId!, points: Number(v.points), reason: v.reason.trim() } })),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('evaluation.staff.bonus.granted') });
      form.setValues(empty);
      void refresh();
    },
    onError: (error) => form.setErrors(fieldErrorsOf(error)),
  });
  const revoke = useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/bonus-grants/{id}', { params: { path: { id } } })),
    onSuccess: () => notifications.show({ color: 'teal', message: t('evaluation.staff.bonus.revoked') }),
    onError: (error) => notifications.show({ color: 'red', message: problemMessage(error, t('common.tryAgainLater')) }),
    onSettled: () => void refresh(),
  });
  const general = grant.error && Object.keys(fieldErrorsOf(grant.error)).length === 0 ? problemMessage(grant.error, t('common.tryAgainLater')) : null;

  return (
    <Card data-testid="bonus-grants">
      <SectionTitle>{t('evaluation.staff.bonus.title')}</SectionTitle>
      <Text size="xs" c="dimmed" mb="sm">
        {round.maxBonus > 0 ? t('evaluation.staff.bonus.lead', { max: points(round.maxBonus, f.lang) }) : null}
      </Text>
      {round.maxBonus === 0 ? (
        <Alert color="orange" variant="light" mb="sm">
          {t('evaluation.staff.bonus.noCap')}
        </Alert>
      ) : null}
      <Loading query={query}>
        {(grants) =>
          grants.length === 0 ? (
            <Text size="sm" c="dimmed" mb="sm">
              {t('evaluation.staff.bonus.none')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing={6} mb="sm" data-testid="bonus-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('evaluation.staff.application')}</Table.Th>
                    <Table.Th ta="right">{t('evaluation.staff.bonus.points')}</Table.Th>
                    <Table.Th>{t('evaluation.staff.bonus.reason')}</Table.Th>
                    <Table.Th>{t('evaluation.staff.bonus.by')}</Table.Th>
                    <Table.Th w={48} />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {grants.map((g) => (
                    <Table.Tr key={g.id} data-testid="bonus-row">
                      <Table.Td>{applicationLabel(g)}</Table.Td>
                      <Table.Td ta="right" fw={600}>
                        +{points(g.points, f.lang)}
                      </Table.Td>
                      <Table.Td>{g.reason}</Table.Td>
                      <Table.Td>
                        <Text size="xs" c="dimmed">
                          {g.createdBy ?? '—'} · {f.dateTime(g.createdAt)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {writable ? (
                          <RowActions
                            deleteLabel={t('evaluation.staff.bonus.revokeAria', { organization: g.organizationName })}
                            deleteTooltip={t('evaluation.staff.bonus.revoke')}
                            deleting={revoke.isPending && revoke.variables === g.id}
                            onDelete={() => revoke.mutate(g.id)}
                          />
                        ) : null}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </Loading>
      {writable ? (
        <form onSubmit={form.onSubmit((v) => grant.mutate(v))} noValidate data-testid="bonus-form">
          <Stack gap="xs">
            <ProblemAlert>{general}</ProblemAlert>
            <Grid gap="sm" align="flex-start">
              <Grid.Col span={{ base: 12, md: 4 }}>
                <ApplicationPicker roundId={round.id} label={t('evaluation.staff.application')} {...form.getInputProps('applicationId')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 2 }}>
                <NumberInput label={t('evaluation.staff.bonus.points')} min={0.01} max={100} step={0.5} decimalScale={2} {...form.getInputProps('points')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 'auto' }}>
                <TextInput label={t('evaluation.staff.bonus.reason')} {...form.getInputProps('reason')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 'content' }} pt={{ md: 30 }}>
                <Button type="submit" variant="light" loading={grant.isPending} data-testid="bonus-add">
                  {t('evaluation.staff.bonus.add')}
                </Button>
              </Grid.Col>
            </Grid>
          </Stack>
        </form>
      ) : null}
    </Card>
  );
}
