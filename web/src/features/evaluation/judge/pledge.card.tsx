import { Button, Card, Checkbox, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { fieldErrorsOf, problemMessage } from '../../../api/form-errors';
import { ProblemAlert } from '../../../components/problem.alert';
import { QueryState } from '../../../components/query-state';
import { SectionTitle } from '../../../components/section-title';
import { pledgeQuery, type Pledge } from './judge.queries';

/** 이해충돌 방지 서약: the round's pledge, signed by typing one's name; the queue opens once it is signed. */
export function PledgeCard({ roundId }: { roundId: string }) {
  const pledge = useQuery(pledgeQuery(roundId));
  return <QueryState query={pledge}>{(p) => <PledgeForm roundId={roundId} pledge={p} />}</QueryState>;
}

function PledgeForm({ roundId, pledge }: { roundId: string; pledge: Pledge }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    initialValues: { signature: '', agree: false },
    validate: {
      signature: (v: string) => (v.trim() ? null : t('validation.required')),
      agree: (v: boolean) => (v ? null : t('judging.pledge.agreeRequired')),
    },
  });
  const sign = useMutation({
    mutationFn: (v: { signature: string }) => unwrap(api.POST('/api/v1/rounds/{id}/pledge', { params: { path: { id: roundId } }, body: { signature: v.signature.trim(), agree: true } })),
    onMutate: () => setProblem(null),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['judging', 'rounds'] });
    },
    onError: (error) => {
      const fields = fieldErrorsOf(error);
      if (Object.keys(fields).length) form.setErrors(fields);
      else setProblem(problemMessage(error, t('common.tryAgainLater')));
    },
  });

  return (
    <Card maw={880} data-testid="pledge-card">
      <SectionTitle>{t('judging.pledge.title')}</SectionTitle>
      <Text size="sm" c="dimmed" mb="md">
        {t('judging.pledge.lead')}
      </Text>
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} bg="var(--mantine-color-gray-0)" mb="lg">
        <Text size="sm" lh={1.75} style={{ whiteSpace: 'pre-wrap', wordBreak: 'keep-all' }} data-testid="pledge-text">
          {pledge.text}
        </Text>
      </Paper>
      <form noValidate onSubmit={form.onSubmit((v) => sign.mutate(v))}>
        <Stack gap="md">
          <Checkbox label={t('judging.pledge.agree')} aria-invalid={Boolean(form.errors.agree)} {...form.getInputProps('agree', { type: 'checkbox' })} />
          <TextInput
            label={t('judging.pledge.signature')}
            description={t('judging.pledge.signatureHint', { name: pledge.name })}
            placeholder={pledge.name}
            withAsterisk
            maw={360}
            autoComplete="off"
            {...form.getInputProps('signature')}
          />
          <ProblemAlert>{problem}</ProblemAlert>
          <Group>
            <Button type="submit" loading={sign.isPending} data-testid="pledge-sign">
              {t('judging.pledge.sign')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
