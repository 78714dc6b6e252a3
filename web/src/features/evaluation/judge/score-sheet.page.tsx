import { Alert, Badge, Box, Button, Card, Grid, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../../api/client';
import { fieldErrorsOf, problemMessage } from '../../../api/form-errors';
import { PageHeader } from '../../../components/page-header';
import { ProblemAlert } from '../../../components/problem.alert';
import { PageLoader } from '../../../components/query-state';
import { RouteError } from '../../../components/route-error';
import { RouterAnchor, RouterButton } from '../../../components/router-link';
import { SectionTitle } from '../../../components/section-title';
import { useFormat } from '../../../i18n/format';
import { callFormQuery } from '../../applications/application.queries';
import { ConflictDeclareModal } from './conflict-declare.modal';
import { sheetStatusColor } from './judge.codes';
import { ConflictIcon } from './judge.icons';
import { ifMatch, myJudgeRoundsQuery, sheetQuery, type Sheet } from './judge.queries';
import { SheetApplication } from './sheet-application';
import { SheetRubric, SheetTotal } from './sheet-rubric';
import { useSheetAutosave, type SaveState } from './sheet.autosave';
import { localSheet, type LocalSheet } from './sheet.local';
import { sameValues, valuesOf } from './sheet.values';
import classes from './score-sheet.module.css';

/** 평가표: the application on the left, the rubric on the right; autosaved, submitted once. */
export function ScoreSheetPage() {
  const { sheetId } = useParams({ from: '/app/judging/sheets/$sheetId' });
  const sheet = useQuery(sheetQuery(sheetId));
  if (sheet.isPending) return <PageLoader />;
  if (sheet.isError) return <SheetError error={sheet.error} retry={() => void sheet.refetch()} />;
  return <SheetEditor key={sheetId} initial={sheet.data} />;
}

/** The sheet could not be opened: the pledge is not signed yet, or it is not this judge's to see. */
function SheetError({ error, retry }: { error: unknown; retry: () => void }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.code === 'pledgeRequired') {
    const roundId = (error.problem as { roundId?: unknown } | null)?.roundId;
    return (
      <Alert color="orange" title={t('judging.pledge.title')} maw={640} data-testid="sheet-pledge-required">
        <Stack gap="sm" align="flex-start">
          {error.problem?.detail}
          {typeof roundId === 'string' ? (
            <RouterButton to="/judging/$roundId" params={{ roundId }} size="xs" variant="white" color="orange">
              {t('judging.pledge.goSign')}
            </RouterButton>
          ) : null}
        </Stack>
      </Alert>
    );
  }
  if (error instanceof ApiError && error.status === 404)
    return (
      <Alert color="gray" title={t('judging.sheet.notFoundTitle')} maw={640} data-testid="sheet-not-found">
        <Stack gap="sm" align="flex-start">
          {t('judging.sheet.notFound')}
          <RouterButton to="/judging" size="xs" variant="white">
            {t('judging.rounds.title')}
          </RouterButton>
        </Stack>
      </Alert>
    );
  return <RouteError error={error} reset={retry} />;
}

/** A submission not sent because the values before it could not be saved. */
class NotSaved extends Error {}

type Start = { values: ReturnType<typeof valuesOf>; dirty: boolean; offer: LocalSheet | null };

/**
 * Where editing starts: the server's values, or this browser's unsaved ones typed on the same
 * version (saved at once). Unsaved values typed on an older version are offered, not applied:
 * the sheet was saved elsewhere since.
 */
function startOf(sheet: Sheet): Start {
  const server = valuesOf(sheet, sheet.round.criteria);
  const local = localSheet.read(sheet.id);
  if (!local) return { values: server, dirty: false, offer: null };
  if (!sheet.permissions.edit || sameValues(local.values, server)) {
    localSheet.clear(sheet.id);
    return { values: server, dirty: false, offer: null };
  }
  if (local.baseVersion === sheet.version) return { values: local.values, dirty: true, offer: null };
  return { values: server, dirty: false, offer: local };
}

function SheetEditor({ initial }: { initial: Sheet }) {
  const { t } = useTranslation();
  const f = useFormat();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [sheet, setSheet] = useState(initial);
  const [start] = useState(() => startOf(initial));
  const [offer, setOffer] = useState(start.offer);
  const [problem, setProblem] = useState<string | null>(null);
  const [declaring, setDeclaring] = useState(false);
  // The rubric is fixed once scoring opens: the one loaded first serves the whole visit.
  const [criteria] = useState(initial.round.criteria);
  const editable = sheet.permissions.edit && sheet.status !== 'submitted';
  const autosave = useSheetAutosave({
    sheetId: initial.id,
    criteria,
    initial: start,
    version: initial.version,
    editable,
    onSaved: (saved) => setSheet((s) => ({ ...s, ...saved })),
  });

  // The call's form gives choices and table columns their labels.
  const rounds = useQuery(myJudgeRoundsQuery);
  const callId = rounds.data?.find((r) => r.roundId === sheet.roundId)?.callId;
  const form = useQuery({ ...callFormQuery(callId ?? ''), enabled: !!callId });

  const refreshLists = () => queryClient.invalidateQueries({ queryKey: ['judging', 'rounds'] });

  const submit = useMutation({
    mutationFn: async () => {
      if (!(await autosave.save())) throw new NotSaved();
      return unwrap(api.POST('/api/v1/score-sheets/{id}/submit', { params: { path: { id: sheet.id }, header: { 'if-match': ifMatch(autosave.version()) } } }));
    },
    onMutate: () => setProblem(null),
    onSuccess: (submitted) => {
      autosave.stop();
      autosave.adopt(submitted.version);
      setSheet((s) => ({ ...s, ...submitted }));
      void refreshLists();
      notifications.show({ color: 'teal', message: t('judging.sheet.submittedNotice') });
      window.scrollTo({ top: 0 });
    },
    onError: (error) => {
      const fields = fieldErrorsOf(error);
      if (Object.keys(fields).length) {
        autosave.setErrors(fields);
        // After the errors render: the first field at fault takes the focus.
        setTimeout(() => document.querySelector<HTMLElement>('[data-testid="sheet-rubric"] [aria-invalid="true"]')?.focus(), 0);
      } else setProblem(error instanceof NotSaved ? t('judging.sheet.notSavedNotSubmitted') : problemMessage(error, t('common.tryAgainLater')));
    },
  });

  const reloadLatest = async (keep: 'theirs' | 'mine') => {
    try {
      const latest = await unwrap(api.GET('/api/v1/score-sheets/{id}', { params: { path: { id: sheet.id } } }));
      setSheet(latest);
      autosave.resolveConflict(latest, keep);
    } catch (error) {
      setProblem(problemMessage(error, t('common.tryAgainLater')));
    }
  };

  const app = sheet.application;
  const title = app.blind || !app.organizationName ? t('judging.code', { code: app.code }) : app.organizationName;
  const submitted = sheet.status === 'submitted';

  return (
    // Korean wraps between words (keep-all), not inside them.
    <Box style={{ wordBreak: 'keep-all' }}>
      <RouterAnchor to="/judging/$roundId" params={{ roundId: sheet.roundId }} size="sm" mb="xs" display="inline-block" data-testid="sheet-back">
        ← {t('judging.sheet.back', { round: sheet.round.name })}
      </RouterAnchor>
      <PageHeader
        title={<span data-testid="sheet-title">{title}</span>}
        description={t('judging.sheet.lead', { round: sheet.round.name, closes: f.dateTime(sheet.round.scoringClosesAt) })}
        badges={
          <Group gap={6}>
            <Badge radius="sm" variant={submitted ? 'filled' : 'light'} color={sheetStatusColor[sheet.status]} data-testid="sheet-status">
              {t(`judging.sheetStatus.${sheet.status}`)}
            </Badge>
            {app.blind ? (
              <Badge radius="sm" variant="outline" color="gray">
                {t('round.blindBadge')}
              </Badge>
            ) : null}
          </Group>
        }
        actions={
          sheet.round.status !== 'closed' ? (
            <Button variant="default" color="red" leftSection={<ConflictIcon size={16} />} onClick={() => setDeclaring(true)} data-testid="sheet-declare-conflict">
              {t('judging.conflict.action')}
            </Button>
          ) : null
        }
      />

      <Stack gap="sm" mb="lg">
        {submitted && sheet.submittedAt ? (
          <Alert color="teal" title={t('judging.sheet.submittedTitle')} data-testid="sheet-submitted">
            {t('judging.sheet.submittedAt', { time: f.dateTime(sheet.submittedAt) })}
          </Alert>
        ) : null}
        {!submitted && sheet.reopenReason ? (
          <Alert color="orange" title={t('judging.sheet.reopenedTitle')} data-testid="sheet-reopened">
            <Text size="sm">{t('judging.sheet.reopened', { time: sheet.reopenedAt ? f.dateTime(sheet.reopenedAt) : '' })}</Text>
            <Text size="sm" fw={600} mt={4} style={{ whiteSpace: 'pre-wrap' }}>
              {sheet.reopenReason}
            </Text>
          </Alert>
        ) : null}
        {sheet.round.status === 'setup' ? (
          <Alert color="blue" data-testid="sheet-window-note">
            {t('judging.sheet.notOpen')}
          </Alert>
        ) : sheet.round.status === 'closed' && !submitted ? (
          <Alert color="gray" data-testid="sheet-window-note">
            {t('judging.sheet.closed')}
          </Alert>
        ) : null}
        {offer && editable ? (
          <Alert color="yellow" title={t('judging.sheet.localTitle')} data-testid="sheet-local-offer">
            <Stack gap="sm" align="flex-start">
              <Text size="sm">{t('judging.sheet.localOffer', { time: f.dateTime(offer.editedAt) })}</Text>
              <Group gap="xs">
                <Button
                  size="xs"
                  onClick={() => {
                    autosave.setValues(offer.values);
                    setOffer(null);
                  }}
                >
                  {t('judging.sheet.localRestore')}
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => {
                    localSheet.clear(sheet.id);
                    setOffer(null);
                  }}
                >
                  {t('judging.sheet.localDiscard')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : null}
        {autosave.state.kind === 'conflict' ? (
          <Alert color="orange" title={t('judging.sheet.conflictTitle')} role="alert" data-testid="sheet-conflict">
            <Stack gap="sm" align="flex-start">
              <Text size="sm">{t('judging.sheet.conflict')}</Text>
              <Group gap="xs">
                <Button size="xs" variant="white" color="orange" onClick={() => void reloadLatest('theirs')}>
                  {t('judging.sheet.takeTheirs')}
                </Button>
                <Button size="xs" variant="white" color="orange" onClick={() => void reloadLatest('mine')}>
                  {t('judging.sheet.keepMine')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : null}
      </Stack>

      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <SheetApplication application={app} form={form.data?.definition} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Card padding={0} className={classes.rubric} data-testid="sheet-rubric">
            <Box px="lg" pt="lg">
              <SectionTitle
                right={
                  <Text size="sm" c="dimmed">
                    {t('judging.sheet.maxTotal', { max: sheet.round.maxTotal })}
                  </Text>
                }
              >
                {t('judging.sheet.rubric')}
              </SectionTitle>
            </Box>
            <Box className={classes.body} px="lg" pb="lg">
              <SheetRubric criteria={criteria} values={autosave.values} errors={autosave.errors} readOnly={!editable} onChange={(next, path) => autosave.setValues(next, path)} />
            </Box>
            <Stack gap="sm" p="lg" className={classes.foot}>
              <SheetTotal criteria={criteria} maxTotal={sheet.round.maxTotal} values={autosave.values} />
              <ProblemAlert>{problem}</ProblemAlert>
              {editable ? (
                <>
                  <Group justify="space-between" wrap="nowrap" align="center">
                    <SaveStatus state={autosave.state} onRetry={() => void autosave.save()} />
                    <Button onClick={() => submit.mutate()} loading={submit.isPending} data-testid="sheet-submit" style={{ flexShrink: 0 }}>
                      {t('judging.sheet.submit')}
                    </Button>
                  </Group>
                  <Text size="xs" c="dimmed">
                    {t('judging.sheet.submitHint')}
                  </Text>
                </>
              ) : submitted && sheet.submittedAt ? (
                <Text size="sm" c="teal.8" fw={600}>
                  {t('judging.sheet.submittedAt', { time: f.dateTime(sheet.submittedAt) })}
                </Text>
              ) : null}
            </Stack>
          </Card>
        </Grid.Col>
      </Grid>

      <ConflictDeclareModal
        opened={declaring}
        onClose={() => setDeclaring(false)}
        roundId={sheet.roundId}
        applicationId={sheet.applicationId}
        submitted={submitted}
        onDeclared={(result) => {
          autosave.stop();
          setDeclaring(false);
          notifications.show({ color: 'teal', message: result.sheetRemoved ? t('judging.conflict.declared') : t('judging.conflict.declaredSubmitted') });
          void refreshLists();
          void navigate({ to: '/judging/$roundId', params: { roundId: sheet.roundId } });
        }}
      />
    </Box>
  );
}

/** The time of a save in Korea: 14:05:09. */
const clock = (d: Date) => d.toLocaleTimeString('ko-KR', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false, timeZone: 'Asia/Seoul' });

function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { t } = useTranslation();
  const text =
    state.kind === 'saving'
      ? t('judging.save.saving')
      : state.kind === 'saved'
        ? t('judging.save.saved', { time: clock(state.at) })
        : state.kind === 'offline'
          ? t('judging.save.offline')
          : state.kind === 'refused'
            ? t('judging.save.refused', { message: state.message })
            : state.kind === 'conflict'
              ? t('judging.save.conflict')
              : t('judging.save.hint');
  const bad = state.kind === 'offline' || state.kind === 'refused' || state.kind === 'conflict';
  return (
    <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
      <Text size="sm" c={bad ? 'red' : state.kind === 'saved' ? 'teal.8' : 'dimmed'} data-testid="save-status" data-state={state.kind} aria-live="polite">
        {text}
      </Text>
      {state.kind === 'offline' || state.kind === 'refused' ? (
        <Button size="compact-xs" variant="subtle" onClick={onRetry}>
          {t('judging.save.retry')}
        </Button>
      ) : null}
    </Group>
  );
}
