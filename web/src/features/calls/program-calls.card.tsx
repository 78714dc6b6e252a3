import { Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Program } from '../../api/client';
import { PlusIcon } from '../../components/icons';
import { PageLoader } from '../../components/query-state';
import { RouteError } from '../../components/route-error';
import { RouterAnchor } from '../../components/router-link';
import { SectionTitle } from '../../components/section-title';
import { useFormat } from '../../i18n/format';
import { CallCreateModal } from './call-create.modal';
import { CallStatusBadges } from './call-status';
import { programCallsQuery } from './call.queries';

/** A program's calls (공고), drafts included, for those who run it; and the way to write a new one. */
export function ProgramCallsCard({ program }: { program: Program }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [creating, create] = useDisclosure(false);
  const query = useQuery(programCallsQuery(program));
  const calls = query.data ?? [];
  return (
    <Card data-testid="program-calls">
      <SectionTitle
        right={
          <Button size="xs" variant="light" leftSection={<PlusIcon size={14} />} onClick={create.open}>
            {t('call.create')}
          </Button>
        }
      >
        {t('call.programCalls')}
      </SectionTitle>
      {query.isPending ? (
        <PageLoader />
      ) : query.isError ? (
        <RouteError error={query.error} reset={() => void query.refetch()} />
      ) : calls.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('call.noneForProgram')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('call.title')}</Table.Th>
                <Table.Th>{t('call.statusLabel')}</Table.Th>
                <Table.Th>{t('call.period')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {calls.map((c) => (
                <Table.Tr key={c.id} data-testid="program-call-row">
                  <Table.Td>
                    <RouterAnchor to="/calls/$callId" params={{ callId: c.id }} size="sm" fw={600}>
                      {c.title}
                    </RouterAnchor>
                  </Table.Td>
                  <Table.Td>
                    <CallStatusBadges status={c.status} closesAt={c.closesAt} />
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={0}>
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {f.dateTime(c.opensAt)} ~
                      </Text>
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {f.dateTime(c.closesAt)}
                      </Text>
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group justify="flex-end" mt="sm">
        <RouterAnchor to="/calls" search={program.centerId ? { centerId: program.centerId } : {}} size="xs" c="dimmed">
          {t('call.allPublic')}
        </RouterAnchor>
      </Group>
      <CallCreateModal opened={creating} onClose={create.close} program={program} />
    </Card>
  );
}
