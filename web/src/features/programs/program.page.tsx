import { ActionIcon, Badge, Button, Card, Grid, Group, SimpleGrid, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Program } from '../../api/client';
import { EditIcon, PlusIcon } from '../../components/icons';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { RouterAnchor } from '../../components/router-link';
import { SectionTitle } from '../../components/section-title';
import { useFormat } from '../../i18n/format';
import { useLabels } from '../../i18n/labels';
import { ProgramCallsCard } from '../calls/program-calls.card';
import { useCenterLabel } from '../centers/center.queries';
import { TargetsCard } from '../targets/targets.card';
import { CohortModal } from './cohort.modal';
import { ProgramEditModal } from './program-edit.modal';
import { usePeriod } from './program.period';
import { programQuery } from './program.queries';

export function ProgramPage() {
  const { programId } = useParams({ from: '/app/programs/$programId' });
  const query = useQuery(programQuery(programId));
  return <QueryState query={query}>{(program) => <ProgramView key={program.id} program={program} />}</QueryState>;
}

function ProgramView({ program }: { program: Program }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const centerLabel = useCenterLabel();
  const [editing, edit] = useDisclosure(false);
  const operator = program.centerId ? centerLabel(program.centerId, program.centerName) : (program.clusterName ?? '');

  return (
    <>
      <PageHeader
        title={<span data-testid="program-name">{program.name}</span>}
        badges={
          <Group gap={6}>
            <Badge variant="light" radius="sm" data-testid="program-type">
              {labels.programType(program.type)}
            </Badge>
            <Badge variant="dot" color={program.clusterId ? 'orange' : 'teal'} radius="sm">
              {operator}
            </Badge>
          </Group>
        }
        description={program.nameEn ?? undefined}
        actions={
          program.permissions.update ? (
            <Button variant="default" leftSection={<EditIcon size={16} />} onClick={edit.open}>
              {t('common.edit')}
            </Button>
          ) : null
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <ProgramDetailsCard program={program} operator={operator} />
            <CohortsCard program={program} />
            <TargetsCard scope={{ programId: program.id, centerId: program.centerId, clusterId: program.clusterId }} />
            {program.permissions.update ? <ProgramCallsCard program={program} /> : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <PartnersCard program={program} />
        </Grid.Col>
      </Grid>
      {program.permissions.update ? <ProgramEditModal opened={editing} onClose={edit.close} program={program} /> : null}
    </>
  );
}

function ProgramDetailsCard({ program, operator }: { program: Program; operator: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useLabels();
  const period = usePeriod();
  return (
    <Card data-testid="program-details">
      <SectionTitle>{t('program.details')}</SectionTitle>
      <SimpleGrid cols={{ base: 1, xs: 2, lg: 3 }} spacing="lg" verticalSpacing="md">
        <Info label={program.clusterId ? t('program.cluster') : t('program.center')} value={operator} />
        <Info label={t('program.type')} value={labels.programType(program.type)} />
        <Info label={t('program.period')} value={period(program.startedOn, program.endedOn)} />
        <Info
          label={t('program.budget')}
          value={program.budgetKrw !== null ? <span title={f.exactKrw(program.budgetKrw)}>{f.krw(program.budgetKrw)}</span> : null}
        />
        <Info
          label={t('program.stages')}
          value={
            program.stages.length ? (
              <Group gap={4}>
                {program.stages.map((s) => (
                  <Badge key={s} size="sm" variant="light" color="grape" radius="sm">
                    {labels.programStage(s)}
                  </Badge>
                ))}
              </Group>
            ) : null
          }
        />
        <Info
          label={t('program.supportKinds')}
          value={program.supportKinds.length ? program.supportKinds.map((k) => labels.supportKind(k)).join(', ') : null}
        />
      </SimpleGrid>
      {program.description ? (
        <>
          <Text size="xs" c="dimmed" fw={500} mt="lg" mb={4}>
            {t('program.description')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {program.description}
          </Text>
        </>
      ) : null}
      <Text size="xs" c="dimmed" mt="lg">
        {t('program.updatedAt', { date: f.date(program.updatedAt) })}
      </Text>
    </Card>
  );
}

function Info({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text size="sm" mt={2} component="div" style={{ overflowWrap: 'anywhere' }}>
        {value ?? '—'}
      </Text>
    </div>
  );
}

function PartnersCard({ program }: { program: Program }) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <Card data-testid="program-partners">
      <SectionTitle>{t('program.partners')}</SectionTitle>
      {program.partners.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('program.noPartners')}
        </Text>
      ) : (
        <Stack gap="sm">
          {program.partners.map((p) => (
            <Group key={p.organizationId} justify="space-between" wrap="nowrap" gap="sm" data-testid="partner-row">
              <RouterAnchor to="/organizations/$organizationId" params={{ organizationId: p.organizationId }} size="sm" fw={600} lineClamp={1}>
                {p.name}
              </RouterAnchor>
              <Badge size="sm" variant="light" color="cyan" radius="sm" style={{ flexShrink: 0 }}>
                {labels.partnerRole(p.role)}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}

type Cohort = Program['cohorts'][number];

function CohortsCard({ program }: { program: Program }) {
  const { t } = useTranslation();
  const f = useFormat();
  const period = usePeriod();
  const [opened, modal] = useDisclosure(false);
  const [cohort, setCohort] = useState<Cohort | undefined>(undefined);
  const open = (c?: Cohort) => {
    setCohort(c);
    modal.open();
  };
  const canEdit = program.permissions.update;
  return (
    <Card data-testid="program-cohorts">
      <SectionTitle
        right={
          canEdit ? (
            <Button size="xs" variant="light" leftSection={<PlusIcon size={14} />} onClick={() => open()}>
              {t('cohort.add')}
            </Button>
          ) : null
        }
      >
        {t('cohort.title')}
      </SectionTitle>
      {program.cohorts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('cohort.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('cohort.name')}</Table.Th>
                <Table.Th>{t('cohort.period')}</Table.Th>
                <Table.Th ta="right">{t('cohort.capacity')}</Table.Th>
                {canEdit ? (
                  <Table.Th w={56}>
                    <VisuallyHidden>{t('cohort.actions')}</VisuallyHidden>
                  </Table.Th>
                ) : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {program.cohorts.map((c) => (
                <Table.Tr key={c.id} data-testid="cohort-row">
                  <Table.Td fw={600}>{c.name}</Table.Td>
                  <Table.Td>{period(c.startedOn, c.endedOn)}</Table.Td>
                  <Table.Td ta="right">{c.capacity !== null ? t('cohort.people', { count: c.capacity, formatted: f.number(c.capacity) }) : '—'}</Table.Td>
                  {canEdit ? (
                    <Table.Td>
                      <Tooltip label={t('cohort.edit', { name: c.name })} withArrow>
                        <ActionIcon variant="subtle" color="gray" aria-label={t('cohort.edit', { name: c.name })} onClick={() => open(c)}>
                          <EditIcon size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canEdit ? <CohortModal opened={opened} onClose={modal.close} program={program} cohort={cohort} /> : null}
    </Card>
  );
}
