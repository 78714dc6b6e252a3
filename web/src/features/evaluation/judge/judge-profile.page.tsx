import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrapWithEtag } from '../../../api/client';
import { fieldErrorsOf, problemMessage } from '../../../api/form-errors';
import { ConflictAlert } from '../../../components/conflict.alert';
import { PageHeader } from '../../../components/page-header';
import { ProblemAlert } from '../../../components/problem.alert';
import { QueryState } from '../../../components/query-state';
import { RouterAnchor } from '../../../components/router-link';
import { useFormat } from '../../../i18n/format';
import { JudgeProfileFields } from './judge-profile.fields';
import { profileBody, profileRules, profileValuesOf, type ProfileValues } from './judge-profile.form';
import { judgeProfileQuery, type JudgeProfile } from './judge.queries';

/** 심사위원 프로필: what assignment matches on (expertise, tags) and what conflict detection checks (affiliations, relations). */
export function JudgeProfilePage() {
  const { t } = useTranslation();
  const profile = useQuery(judgeProfileQuery);
  return (
    <>
      <RouterAnchor to="/judging" size="sm" mb="xs" display="inline-block">
        ← {t('judging.rounds.title')}
      </RouterAnchor>
      <PageHeader title={t('judging.profile.title')} description={t('judging.profile.lead')} />
      <QueryState query={profile}>{({ data, etag }) => <ProfileForm key={etag} profile={data} etag={etag} />}</QueryState>
    </>
  );
}

function ProfileForm({ profile, etag }: { profile: JudgeProfile; etag: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const form = useForm<{ profile: ProfileValues }>({
    initialValues: { profile: profileValuesOf(profile) },
    validate: { profile: profileRules(t) },
  });
  const save = useMutation({
    mutationFn: (v: { profile: ProfileValues }) =>
      unwrapWithEtag(api.PUT('/api/v1/me/judge-profile', { params: { header: { 'if-match': etag || `"${profile.version}"` } }, body: profileBody(v.profile) })),
    onMutate: () => {
      setProblem(null);
      setConflict(false);
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(judgeProfileQuery.queryKey, saved);
      notifications.show({ color: 'teal', message: t('judging.profile.saved') });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'versionConflict') return setConflict(true);
      const fields = Object.fromEntries(Object.entries(fieldErrorsOf(error)).map(([path, message]) => [`profile.${path}`, message]));
      if (Object.keys(fields).length) form.setErrors(fields);
      else setProblem(problemMessage(error, t('common.tryAgainLater')));
    },
  });
  return (
    <Card maw={960}>
      <form noValidate aria-label={t('judging.profile.title')} onSubmit={form.onSubmit((v) => save.mutate(v))}>
        <Stack gap="lg">
          {conflict ? (
            <ConflictAlert
              title={t('judging.profile.conflictTitle')}
              message={t('judging.profile.conflict')}
              reloadLabel={t('judging.profile.reload')}
              onReload={() => void queryClient.invalidateQueries({ queryKey: judgeProfileQuery.queryKey })}
              testId="judge-profile-conflict"
            />
          ) : null}
          <JudgeProfileFields form={form} />
          <ProblemAlert>{problem}</ProblemAlert>
          <Group justify="space-between">
            <Text size="xs" c="dimmed" data-testid="judge-profile-updated">
              {profile.updatedAt ? t('judging.profile.updatedAt', { time: f.dateTime(profile.updatedAt) }) : t('judging.profile.never')}
            </Text>
            <Button type="submit" loading={save.isPending} data-testid="judge-profile-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
