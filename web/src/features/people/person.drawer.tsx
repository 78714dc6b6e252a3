import { ActionIcon, Badge, Button, Card, Divider, Drawer, Group, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Person } from '../../api/client';
import { fieldErrorsOf, problemMessage } from '../../api/form-errors';
import { ProblemAlert } from '../../components/problem.alert';
import { useMembershipLabel } from '../auth/membership.label';
import { meQuery, useMe } from '../auth/session.queries';
import { emptyMembership, MembershipFields, membershipBody, scopeOf, type MembershipValues } from './membership.fields';

/** One person's roles: revoke one, or grant another. */
export function PersonDrawer({ person, onClose }: { person: Person | null; onClose: () => void }) {
  const { t } = useTranslation();
  const membershipLabel = useMembershipLabel();
  const queryClient = useQueryClient();
  const me = useMe();
  const [current, setCurrent] = useState<Person | null>(person);
  const [draft, setDraft] = useState<MembershipValues>(emptyMembership);
  const [errors, setErrors] = useState<Record<string, string>>({});
  if (person && person.id !== current?.id) {
    setCurrent(person);
    setDraft(emptyMembership);
    setErrors({});
  }
  const shown = person ? current : null;

  const done = async (updated: Person, message: string) => {
    setCurrent(updated);
    await queryClient.invalidateQueries({ queryKey: ['people'] });
    // One's own roles feed the scope switcher and the navigation.
    if (updated.id === me.person.id) await queryClient.invalidateQueries({ queryKey: meQuery.queryKey });
    notifications.show({ color: 'teal', message });
  };

  const revoke = useMutation({
    mutationFn: (membershipId: string) =>
      unwrap(api.DELETE('/api/v1/people/{id}/memberships/{membershipId}', { params: { path: { id: shown!.id, membershipId } } })),
    onSuccess: (updated) => done(updated, t('people.revoked')),
    onError: (error) => notifications.show({ color: 'red', message: problemMessage(error, t('common.tryAgainLater')) }),
  });
  const grant = useMutation({
    mutationFn: (v: MembershipValues) => unwrap(api.POST('/api/v1/people/{id}/memberships', { params: { path: { id: shown!.id } }, body: membershipBody(v) })),
    onSuccess: async (updated) => {
      setDraft(emptyMembership);
      setErrors({});
      await done(updated, t('people.granted'));
    },
    onError: (error) => setErrors(fieldErrorsOf(error)),
  });

  const submit = () => {
    const scope = scopeOf(draft.role);
    const local: Record<string, string> = {};
    if (!draft.role) local.role = t('validation.required');
    if (scope === 'center' && !draft.centerId) local.centerId = t('validation.required');
    if (scope === 'cluster' && !draft.clusterId) local.clusterId = t('validation.required');
    if (scope === 'centerOrCluster' && !draft.centerId && !draft.clusterId) local.centerId = t('people.centerOrCluster');
    if (scope === 'organization' && !draft.organizationId) local.organizationId = t('validation.required');
    setErrors(local);
    if (!Object.keys(local).length) grant.mutate(draft);
  };
  const general = grant.error && !Object.keys(errors).length ? problemMessage(grant.error, t('common.tryAgainLater')) : null;

  return (
    <Drawer opened={!!person} onClose={onClose} position="right" size="lg" title={shown ? shown.name : ''}>
      {shown ? (
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {[shown.email, shown.title, shown.phone].filter(Boolean).join(' · ')}
          </Text>
          {shown.disabled ? <Badge color="red">{t('people.disabled')}</Badge> : null}
          <Text fw={600}>{t('people.roles')}</Text>
          {shown.memberships.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('people.noRoles')}
            </Text>
          ) : (
            <Stack gap="xs">
              {shown.memberships.map((m) => (
                <Card key={m.id} padding="sm">
                  <Group justify="space-between" wrap="nowrap">
                    <Text size="sm">{membershipLabel(m)}</Text>
                    <Tooltip label={t('people.revoke')}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`${t('people.revoke')}: ${membershipLabel(m)}`}
                        loading={revoke.isPending && revoke.variables === m.id}
                        onClick={() => revoke.mutate(m.id)}
                      >
                        ×
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Card>
              ))}
            </Stack>
          )}
          <Divider />
          <Text fw={600}>{t('people.grant')}</Text>
          <ProblemAlert>{general}</ProblemAlert>
          <MembershipFields value={draft} errors={errors} onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))} />
          <Group justify="flex-end">
            <Button onClick={submit} loading={grant.isPending}>
              {t('people.grant')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Drawer>
  );
}
