import { Button, Card, Grid, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { fieldErrorsOf, problemMessage } from '../../../api/form-errors';
import { ProblemAlert } from '../../../components/problem.alert';
import { RowActions } from '../../../components/row-actions';
import { SectionTitle } from '../../../components/section-title';
import type { Round } from '../round.codes';
import { applicationLabel, type AssignmentConstraint } from './staff.codes';
import { ApplicationPicker, JudgePicker, Loading, StatusBadge } from './staff.parts';
import { constraintsQuery } from './staff.queries';

type Kind = AssignmentConstraint['kind'];
type Values = { personId: string | null; applicationId: string | null; kind: Kind; reason: string };
const empty: Values = { personId: null, applicationId: null, kind: 'pin', reason: '' };

/** 지정·제외: pairs staff always assign (pin) or never assign (forbid) in the next runs. */
export function ConstraintsCard({ round, canWrite }: { round: Round; canWrite: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery(constraintsQuery(round.id));
  const key = constraintsQuery(round.id).queryKey;
  const form = useForm<Values>({
    initialValues: empty,
    validate: { personId: (v) => (v ? null : t('validation.required')), applicationId: (v) => (v ? null : t('validation.required')) },
  });
  const add = useMutation({
    mutationFn: (v: Values) =>
      unwrap(api.POST('/api/v1/rounds/{id}/assignment-constraints', { params: { path: { id: round.id } }, body: { personId: v.personId!, applicationId: v.applicationId!, kind: v.kind, reason: v.reason.trim() } })),
    onSuccess: (r) => {
      queryClient.setQueryData(key, r.items);
      form.setValues(empty);
      form.resetDirty(empty);
    },
    onError: (error) => form.setErrors(fieldErrorsOf(error)),
  });
  const remove = useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/assignment-constraints/{id}', { params: { path: { id } } })),
    onError: (error) => notifications.show({ color: 'red', message: problemMessage(error, t('common.tryAgainLater')) }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: key }),
  });
  const general = add.error && Object.keys(fieldErrorsOf(add.error)).length === 0 ? problemMessage(add.error, t('common.tryAgainLater')) : null;

  return (
    <Card data-testid="assignment-constraints">
      <SectionTitle>{t('evaluation.staff.constraints.title')}</SectionTitle>
      <Text size="xs" c="dimmed" mb="sm">
        {t('evaluation.staff.constraints.lead')}
      </Text>
      <Loading query={query}>
        {(items) =>
          items.length === 0 ? (
            <Text size="sm" c="dimmed" mb="sm">
              {t('evaluation.staff.constraints.none')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing={6} mb="sm" data-testid="constraints-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('evaluation.staff.conflicts.judge')}</Table.Th>
                    <Table.Th>{t('evaluation.staff.application')}</Table.Th>
                    <Table.Th>{t('evaluation.staff.constraints.kind')}</Table.Th>
                    <Table.Th>{t('evaluation.staff.constraints.reason')}</Table.Th>
                    <Table.Th w={48} />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((c) => (
                    <Table.Tr key={c.id} data-testid="constraint-row" data-kind={c.kind}>
                      <Table.Td>{c.name}</Table.Td>
                      <Table.Td>{applicationLabel(c)}</Table.Td>
                      <Table.Td>
                        <StatusBadge color={c.kind === 'pin' ? 'indigo' : 'red'}>{t(`evaluation.staff.constraints.kinds.${c.kind}`)}</StatusBadge>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" c={c.reason ? undefined : 'dimmed'}>
                          {c.reason || '—'}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {canWrite ? (
                          <RowActions
                            deleteLabel={t('evaluation.staff.constraints.removeAria', { judge: c.name, organization: c.organizationName })}
                            deleteTooltip={t('evaluation.staff.constraints.remove')}
                            onDelete={() => remove.mutate(c.id)}
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
      {canWrite ? (
        <form onSubmit={form.onSubmit((v) => add.mutate(v))} noValidate data-testid="constraint-form">
          <Stack gap="xs">
            <ProblemAlert>{general}</ProblemAlert>
            <Grid gap="sm" align="flex-end">
              <Grid.Col span={{ base: 12, md: 3 }}>
                <JudgePicker roundId={round.id} label={t('evaluation.staff.conflicts.judge')} {...form.getInputProps('personId')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 3 }}>
                <ApplicationPicker roundId={round.id} label={t('evaluation.staff.application')} {...form.getInputProps('applicationId')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 'content' }}>
                <SegmentedControl
                  value={form.values.kind}
                  onChange={(v) => form.setFieldValue('kind', v as Kind)}
                  data={(['pin', 'forbid'] as const).map((k) => ({ value: k, label: t(`evaluation.staff.constraints.kinds.${k}`) }))}
                  aria-label={t('evaluation.staff.constraints.kind')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 'auto' }}>
                <TextInput label={t('evaluation.staff.constraints.reason')} {...form.getInputProps('reason')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 'content' }}>
                <Button type="submit" variant="light" loading={add.isPending} data-testid="constraint-add">
                  {t('evaluation.staff.constraints.add')}
                </Button>
              </Grid.Col>
            </Grid>
          </Stack>
        </form>
      ) : null}
    </Card>
  );
}
