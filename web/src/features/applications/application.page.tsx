import { Alert, Badge, Button, Card, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client';
import { fieldErrorsOf, problemMessage } from '../../api/form-errors';
import { ModalActions } from '../../components/modal-actions';
import { PageHeader } from '../../components/page-header';
import { ProblemAlert } from '../../components/problem.alert';
import { PageLoader, QueryState } from '../../components/query-state';
import { RouterAnchor } from '../../components/router-link';
import { SectionTitle } from '../../components/section-title';
import { useFormat } from '../../i18n/format';
import { CallStatusBadges } from '../calls/call-status';
import type { Call } from '../calls/call.codes';
import { callQuery } from '../calls/call.queries';
import { useMe } from '../auth/session.queries';
import { ApplicationEvaluationCard } from '../evaluation/applicant/application-evaluation.card';
import { AnswerField, AnswerSection } from './application-form.fields';
import { checkAnswers, cleanAnswers, isShown, type FormDefinition } from './application-form.rules';
import { useAutosave, type SaveState } from './application.autosave';
import { localDraft, type LocalDraft } from './application.local';
import { applicationQuery, callFormQuery, newIdempotencyKey, type Application } from './application.queries';
import { ApplicantReview } from './review.applicant';
import { ReviewPanel } from './review.panel';
import { ReviewStatusBadge } from './review.status';

/** An organization's application to a call: the form, autosaved as a draft, submitted for a receipt number. */
export function ApplicationPage() {
  const { applicationId } = useParams({ from: '/app/applications/$applicationId' });
  const query = useQuery(applicationQuery(applicationId));
  return <QueryState query={query}>{(app) => <WithForm key={app.id} application={app} />}</QueryState>;
}

function WithForm({ application }: { application: Application }) {
  const form = useQuery(callFormQuery(application.callId, application.formVersion));
  const call = useQuery(callQuery(application.callId));
  if (form.isPending || call.isPending) return <PageLoader />;
  return <QueryState query={form}>{(f) => <ApplicationView initial={application} definition={f.definition} call={call.data} />}</QueryState>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function ApplicationView({ initial, definition, call }: { initial: Application; definition: FormDefinition; call: Call | undefined }) {
  const { t } = useTranslation();
  const f = useFormat();
  const queryClient = useQueryClient();
  const [app, setApp] = useState(initial);
  // Staff of the call may read a submitted application; only the organization's own members write it.
  const me = useMe();
  const isApplicant = me.memberships.some((m) => m.organizationId === app.organizationId);
  const editable = isApplicant && app.status !== 'withdrawn';
  const onSaved = (saved: Application) => {
    setApp(saved);
    queryClient.setQueryData(applicationQuery(saved.id).queryKey, saved);
  };
  const autosave = useAutosave({ application: initial, form: definition, editable, onSaved });
  const { answers, setAnswers, state, serverErrors } = autosave;

  // Answers typed here and never saved (a closed tab, no connection): offered back when the server copy is older.
  const [restorable, setRestorable] = useState<LocalDraft | null>(() => {
    const local = localDraft.read(initial.id);
    if (!local || !isApplicant || initial.status === 'withdrawn') return null;
    const differs = JSON.stringify(cleanAnswers(definition, local.answers)) !== JSON.stringify(cleanAnswers(definition, initial.answers));
    const serverOlder = local.baseVersion >= initial.version || Date.parse(local.editedAt) > Date.parse(initial.updatedAt);
    if (differs && serverOlder) return local;
    localDraft.clear(initial.id);
    return null;
  });

  const [showRequired, setShowRequired] = useState(false);
  const clientErrors = useMemo(() => {
    const out: Record<string, string> = {};
    for (const issue of checkAnswers(definition, answers, showRequired)) out[issue.path] ??= t(issue.key as 'validation.required', issue.params ?? {});
    return out;
  }, [definition, answers, showRequired, t]);
  const errors = { ...serverErrors, ...clientErrors };

  const [submitting, setSubmitting] = useState(false);
  const [submitProblem, setSubmitProblem] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<{ receiptNumber: string; seq: number; submittedAt: string } | null>(null);
  const formRef = useRef<HTMLDivElement>(null);

  const focusFirstError = () =>
    requestAnimationFrame(() => {
      const el = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]');
      el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      if (el && 'focus' in el) el.focus({ preventScroll: true });
    });

  const refresh = async () => {
    const latest = await queryClient.fetchQuery({ ...applicationQuery(app.id), staleTime: 0 });
    autosave.adopt(latest);
    onSaved(latest);
    return latest;
  };

  const submit = async () => {
    setSubmitProblem(null);
    setShowRequired(true);
    const issues = checkAnswers(definition, answers, true);
    if (issues.length) {
      void autosave.save();
      setSubmitProblem(t('application.fixBeforeSubmit', { count: issues.length }));
      focusFirstError();
      return;
    }
    setSubmitting(true);
    try {
      if (!(await autosave.save())) {
        setSubmitProblem(t('application.notSavedNotSubmitted'));
        return;
      }
      // One key for this submission; an automatic retry after a lost connection sends the same one.
      const key = newIdempotencyKey();
      for (let attempt = 0; ; attempt++) {
        try {
          const result = await unwrap(api.POST('/api/v1/applications/{id}/submit', { params: { path: { id: app.id }, header: { 'idempotency-key': key } } }));
          setReceipt(result);
          localDraft.clear(app.id);
          await refresh();
          window.scrollTo({ top: 0, behavior: 'smooth' });
          return;
        } catch (error) {
          if (!(error instanceof ApiError) && attempt < 3) {
            await sleep(1000 * 2 ** attempt);
            continue;
          }
          if (error instanceof ApiError && error.status === 422) {
            autosave.setServerErrors(fieldErrorsOf(error));
            setSubmitProblem(problemMessage(error, t('common.tryAgainLater')));
            focusFirstError();
          } else if (error instanceof ApiError) setSubmitProblem(error.problem?.detail ?? t('common.tryAgainLater'));
          else setSubmitProblem(t('application.submitOffline'));
          return;
        }
      }
    } finally {
      setSubmitting(false);
    }
  };

  const closed = call?.status === 'closed';
  const notOpen = call?.status === 'upcoming';
  const lastSubmission = app.submissions.at(-1);
  const changedSinceSubmit = !!lastSubmission && app.status === 'submitted' && Date.parse(app.updatedAt) > Date.parse(lastSubmission.submittedAt) + 1000;

  return (
    <>
      <PageHeader
        title={<span data-testid="application-call-title">{app.callTitle}</span>}
        badges={
          <Group gap={6}>
            <ApplicationStatusBadge status={app.status} />
            {app.status === 'submitted' ? <ReviewStatusBadge status={app.reviewStatus} size="md" data-testid="header-review-status" /> : null}
          </Group>
        }
        description={t('application.applicant', { organization: app.organizationName })}
        actions={
          <RouterAnchor to="/calls/$callId" params={{ callId: app.callId }} size="sm">
            {t('application.backToCall')}
          </RouterAnchor>
        }
      />
      <Stack gap="lg">
        {isApplicant && app.status === 'submitted' ? <ApplicantReview app={app} refresh={refresh} /> : null}
        {app.status === 'submitted' ? <ApplicationEvaluationCard applicationId={app.id} isApplicant={isApplicant} /> : null}
        {call ? (
          <Card data-testid="application-deadline">
            <Group gap="sm" wrap="wrap">
              <Text size="sm" fw={500}>
                {t('application.deadline', { date: f.dateTime(call.closesAt) })}
              </Text>
              <Text size="xs" c="dimmed">
                {t('call.koreaTime')}
              </Text>
              <CallStatusBadges status={call.status} closesAt={call.closesAt} />
            </Group>
            {notOpen ? (
              <Text size="sm" c="dimmed" mt={6}>
                {t('application.notOpenYet', { date: f.dateTime(call.opensAt) })}
              </Text>
            ) : null}
            {closed ? (
              <Text size="sm" c="red" mt={6}>
                {t('application.closedDraftKept')}
              </Text>
            ) : null}
          </Card>
        ) : null}

        {!isApplicant ? (
          <Alert color="blue" variant="light" data-testid="application-read-only">
            {t('application.readOnly')}
          </Alert>
        ) : null}
        {!isApplicant && app.status !== 'draft' ? (
          <ReviewPanel
            app={app}
            refresh={refresh}
            onChanged={(latest) => {
              autosave.adopt(latest);
              onSaved(latest);
            }}
          />
        ) : null}
        {app.receiptNumber ? <ReceiptCard app={app} fresh={receipt} /> : null}
        {changedSinceSubmit ? (
          <Alert color="orange" variant="light" data-testid="changed-since-submit">
            {t('application.changedSinceSubmit')}
          </Alert>
        ) : null}
        {app.status === 'withdrawn' ? (
          <Alert color="gray" variant="light" title={t('application.withdrawnTitle')} data-testid="application-withdrawn">
            {t('application.withdrawnNotice', { date: app.withdrawnAt ? f.dateTime(app.withdrawnAt) : '' })}
          </Alert>
        ) : null}

        {restorable ? (
          <Alert color="blue" variant="light" title={t('application.restoreTitle')} data-testid="application-restore">
            <Stack gap="sm" align="flex-start">
              {t('application.restoreNotice', { date: f.dateTime(restorable.editedAt) })}
              <Group gap="sm">
                <Button
                  size="xs"
                  onClick={() => {
                    setAnswers(restorable.answers);
                    setRestorable(null);
                  }}
                >
                  {t('application.restore')}
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => {
                    localDraft.clear(app.id);
                    setRestorable(null);
                  }}
                >
                  {t('application.discardLocal')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : null}

        {state.kind === 'conflict' ? <ConflictAlert onResolve={async (keep) => autosave.resolveConflict(await queryClient.fetchQuery({ ...applicationQuery(app.id), staleTime: 0 }), keep)} /> : null}

        <div ref={formRef}>
          <Stack gap="lg">
            {definition.sections.map((section, s) => (
              <AnswerSection key={s} section={section}>
                {section.fields
                  .filter((field) => isShown(field, answers))
                  .map((field) => (
                    <AnswerField
                      key={field.key}
                      field={field}
                      value={answers[field.key]}
                      errors={errors}
                      disabled={!editable}
                      applicationId={app.id}
                      onChange={(value) => setAnswers({ ...answers, [field.key]: value }, field.key)}
                    />
                  ))}
              </AnswerSection>
            ))}
          </Stack>
        </div>

        {editable ? (
          <Card pos="sticky" bottom={0} style={{ zIndex: 5 }} shadow="sm" data-testid="application-actions">
            <Stack gap="sm">
              <ProblemAlert data-testid="submit-problem">{submitProblem}</ProblemAlert>
              <Group justify="space-between" wrap="wrap">
                <SaveStatus state={state} onRetry={() => void autosave.save()} />
                <Group gap="sm">
                  <WithdrawButton
                    app={app}
                    onWithdrawn={(latest) => {
                      autosave.adopt(latest);
                      onSaved(latest);
                    }}
                  />
                  <Button onClick={() => void submit()} loading={submitting} disabled={closed || notOpen || state.kind === 'conflict'} data-testid="submit">
                    {app.receiptNumber ? t('application.resubmit') : t('application.submit')}
                  </Button>
                </Group>
              </Group>
              {closed || notOpen ? (
                <Text size="xs" c="dimmed">
                  {closed ? t('application.submitClosed') : t('application.submitNotOpen')}
                </Text>
              ) : null}
            </Stack>
          </Card>
        ) : null}
      </Stack>
    </>
  );
}

export function ApplicationStatusBadge({ status }: { status: Application['status'] }) {
  const { t } = useTranslation();
  const color = { draft: 'gray', submitted: 'teal', withdrawn: 'red' }[status];
  return (
    <Badge size="md" radius="sm" variant="light" color={color} data-testid="application-status">
      {t(`application.status.${status}`)}
    </Badge>
  );
}

function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { t } = useTranslation();
  const time = (d: Date) => d.toLocaleTimeString('ko-KR', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false, timeZone: 'Asia/Seoul' });
  const text =
    state.kind === 'saving'
      ? t('application.saving')
      : state.kind === 'saved'
        ? t('application.savedAt', { time: time(state.at) })
        : state.kind === 'offline'
          ? t('application.saveOffline')
          : state.kind === 'refused'
            ? t('application.saveRefused', { message: state.message })
            : state.kind === 'conflict'
              ? t('application.saveConflict')
              : t('application.autosaveHint');
  const bad = state.kind === 'offline' || state.kind === 'refused' || state.kind === 'conflict';
  return (
    <Group gap="xs">
      <Text size="sm" c={bad ? 'red' : 'dimmed'} data-testid="save-status" aria-live="polite">
        {text}
      </Text>
      {state.kind === 'offline' || state.kind === 'refused' ? (
        <Button size="compact-xs" variant="subtle" onClick={onRetry}>
          {t('application.saveNow')}
        </Button>
      ) : null}
    </Group>
  );
}

function ConflictAlert({ onResolve }: { onResolve: (keep: 'theirs' | 'mine') => Promise<void> }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const run = (keep: 'theirs' | 'mine') => {
    setBusy(true);
    void onResolve(keep).finally(() => setBusy(false));
  };
  return (
    <Alert color="orange" role="alert" title={t('application.conflictTitle')} data-testid="application-conflict">
      <Stack gap="sm" align="flex-start">
        {t('application.conflict')}
        <Group gap="sm">
          <Button size="xs" color="orange" loading={busy} onClick={() => run('theirs')}>
            {t('application.loadLatest')}
          </Button>
          <Button size="xs" variant="default" disabled={busy} onClick={() => run('mine')}>
            {t('application.keepMine')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

function ReceiptCard({ app, fresh }: { app: Application; fresh: { receiptNumber: string; seq: number } | null }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Card data-testid="application-receipt" withBorder style={{ borderColor: 'var(--mantine-color-teal-4)' }}>
      {fresh ? (
        <Text c="teal" fw={600} mb="xs">
          {fresh.seq > 1 ? t('application.resubmitted', { seq: fresh.seq }) : t('application.submitted')}
        </Text>
      ) : null}
      <Text size="sm" c="dimmed">
        {t('application.receiptNumber')}
      </Text>
      <Text fz={28} fw={700} ff="monospace" data-testid="receipt-number">
        {app.receiptNumber}
      </Text>
      <Text size="xs" c="dimmed" mb="md">
        {t('application.receiptHint')}
      </Text>
      <SectionTitle>{t('application.submissions')}</SectionTitle>
      <Table data-testid="submissions" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('application.submissionSeq')}</Table.Th>
            <Table.Th>{t('application.submittedAt')}</Table.Th>
            <Table.Th>{t('application.formVersion')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...app.submissions].reverse().map((s) => (
            <Table.Tr key={s.seq}>
              <Table.Td>{t('application.seq', { seq: s.seq })}</Table.Td>
              <Table.Td>{f.dateTime(s.submittedAt)}</Table.Td>
              <Table.Td>v{s.formVersion}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

function WithdrawButton({ app, onWithdrawn }: { app: Application; onWithdrawn: (app: Application) => void }) {
  const { t } = useTranslation();
  const [opened, modal] = useDisclosure(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setProblem(null), [opened]);
  const withdraw = async () => {
    setBusy(true);
    try {
      onWithdrawn(await unwrap(api.POST('/api/v1/applications/{id}/withdraw', { params: { path: { id: app.id } } })));
      modal.close();
    } catch (error) {
      setProblem(problemMessage(error, t('common.tryAgainLater')));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button variant="subtle" color="red" onClick={modal.open}>
        {t('application.withdraw')}
      </Button>
      <Modal opened={opened} onClose={modal.close} title={t('application.withdrawTitle')}>
        <Stack gap="md">
          <Text size="sm">{t('application.withdrawConfirm', { organization: app.organizationName })}</Text>
          <ProblemAlert>{problem}</ProblemAlert>
          <ModalActions onCancel={modal.close}>
            <Button color="red" loading={busy} onClick={() => void withdraw()}>
              {t('application.withdrawDo')}
            </Button>
          </ModalActions>
        </Stack>
      </Modal>
    </>
  );
}
