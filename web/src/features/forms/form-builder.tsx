import { Box, Button, Grid, Stack, Tabs, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useBlocker } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { problemMessage } from '../../api/form-errors';
import { PlusIcon } from '../../components/icons';
import { ProblemAlert } from '../../components/problem.alert';
import type { FormDefinition } from '../applications/application-form.rules';
import type { ApplicationForm } from '../applications/application.queries';
import type { Call } from '../calls/call.codes';
import { FormConflictAlert, FormErrorsAlert } from './form-builder.alerts';
import { BuilderContext, type BuilderContextValue } from './form-builder.context';
import { noErrors, placeErrors, type BuilderErrors } from './form-builder.errors';
import { saveForm, savedFormQuery } from './form-builder.queries';
import { addSection, adoptSaved, fromDefinition, fromUnsaved, sameForm, toDefinition, type Draft } from './form-draft';
import { localFormDraft, type LocalFormDraft } from './form-draft.local';
import { LeaveModal } from './form-leave.modal';
import { FormPreview } from './form-preview';
import { RestoreAlert } from './form-restore.alert';
import { SaveBar } from './form-save.bar';
import { SectionCard } from './form-section.card';
import { FormStartCard } from './form-start.card';
import { VersionNote } from './form-version.note';

/**
 * The form builder of one call: sections and questions edited beside a live preview, saved as a
 * new version; unsaved work is kept in this browser and guarded when leaving the page.
 */
export function FormBuilder({ call, initialSaved }: { call: Call; initialSaved: ApplicationForm | null }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const wide = useMediaQuery('(min-width: 75em)');
  const [saved, setSaved] = useState(initialSaved);
  const [draft, setDraft] = useState<Draft | null>(() => (initialSaved ? fromDefinition(initialSaved.definition) : null));
  const [restorable, setRestorable] = useState<LocalFormDraft | null>(() => {
    const local = localFormDraft.read(call.id);
    return local && !sameForm(toDefinition(local.draft), initialSaved?.definition ?? null) ? local : null;
  });
  const [errors, setErrors] = useState<BuilderErrors>(noErrors);
  const [problem, setProblem] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [openUid, setOpenUid] = useState<string | null>(null);
  const [addedUid, setAddedUid] = useState<string | null>(null);

  const definition = useMemo(() => (draft ? toDefinition(draft) : null), [draft]);
  const dirty = !!definition && !sameForm(definition, saved?.definition ?? null);

  // A copy in this browser while there are unsaved changes (not while an older copy waits for the user's choice).
  useEffect(() => {
    if (restorable) return;
    if (!draft || !dirty) {
      localFormDraft.clear(call.id);
      return;
    }
    const timer = setTimeout(() => localFormDraft.write({ callId: call.id, baseVersion: saved?.version ?? null, draft, editedAt: new Date().toISOString() }), 300);
    return () => clearTimeout(timer);
  }, [call.id, draft, dirty, restorable, saved?.version]);

  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  const blocker = useBlocker({ shouldBlockFn: () => dirtyRef.current, enableBeforeUnload: () => dirtyRef.current, withResolver: true });

  const save = useMutation({
    mutationFn: ({ base, sent }: { base: number | null; sent: Draft }) => saveForm(call.id, base, toDefinition(sent)),
    onMutate: () => {
      setProblem(null);
      setConflict(false);
    },
    onSuccess: (result, { sent }) => {
      setSaved(result);
      // Edits made while the save was on their way stay as unsaved changes.
      setDraft((d) => (d === sent ? adoptSaved(sent, result.definition) : d));
      setErrors(noErrors);
      localFormDraft.clear(call.id);
      queryClient.setQueryData(savedFormQuery(call.id).queryKey, result);
      void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'calls' && q.queryKey[1] === call.id && q.queryKey[2] === 'form' && q.queryKey[3] !== 'builder' });
      notifications.show({ color: 'teal', message: t('formBuilder.save.saved', { version: result.version }) });
    },
    onError: (error, { sent }) => {
      if (error instanceof ApiError && (error.status === 409 || error.status === 428)) {
        setConflict(true);
        return;
      }
      const placed = placeErrors(error, sent, t);
      setErrors(placed);
      if (!placed.count) {
        setProblem(problemMessage(error, t('common.tryAgainLater')));
        return;
      }
      // Open the first question the server named and bring it into view.
      const first = sent.sections.flatMap((s) => [s.uid, ...s.fields.map((f) => f.uid)]).find((uid) => placed.byUid[uid]);
      if (first) {
        if (sent.sections.some((s) => s.fields.some((f) => f.uid === first))) setOpenUid(first);
        requestAnimationFrame(() => document.querySelector(`[data-uid="${first}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' }));
      }
    },
  });

  const doSave = () => draft && save.mutate({ base: saved?.version ?? null, sent: draft });

  const resolveConflict = async (keepMine: boolean) => {
    const latest = await queryClient.fetchQuery({ ...savedFormQuery(call.id), staleTime: 0 });
    setSaved(latest);
    setConflict(false);
    if (keepMine && draft) save.mutate({ base: latest?.version ?? null, sent: draft });
    else {
      setDraft(latest ? fromDefinition(latest.definition) : null);
      setErrors(noErrors);
    }
  };

  const start = (from: FormDefinition | null) => {
    setRestorable(null);
    setDraft(from ? fromUnsaved(from) : addSection({ sections: [] }, t('formBuilder.section.defaultTitle')));
  };

  const clearErrors = useCallback(
    (uid: string) =>
      setErrors((e) => {
        if (!e.byUid[uid]) return e;
        const { [uid]: gone, ...rest } = e.byUid;
        return { ...e, byUid: rest, count: e.count - Object.keys(gone ?? {}).length };
      }),
    [],
  );

  const context: BuilderContextValue | null = draft
    ? {
        draft,
        edit: (change) => setDraft((d) => (d ? change(d) : d)),
        errors,
        clearErrors,
        openUid,
        setOpenUid,
        addedUid,
        setAddedUid,
      }
    : null;

  const editor = draft ? (
    <Stack gap="md" data-testid="form-editor">
      {draft.sections.map((section, i) => (
        <SectionCard key={section.uid} section={section} index={i} />
      ))}
      <div>
        <Button variant="default" leftSection={<PlusIcon size={16} />} onClick={() => setDraft((d) => (d ? addSection(d, t('formBuilder.section.defaultTitle')) : d))}>
          {t('formBuilder.section.add')}
        </Button>
      </div>
    </Stack>
  ) : null;
  const preview = definition ? <FormPreview definition={definition} /> : null;

  return (
    <Stack gap="md">
      <VersionNote saved={saved} />
      {restorable ? (
        <RestoreAlert
          local={restorable}
          currentVersion={saved?.version ?? null}
          onRestore={() => {
            setDraft(restorable.draft);
            setRestorable(null);
          }}
          onDiscard={() => {
            localFormDraft.clear(call.id);
            setRestorable(null);
          }}
        />
      ) : null}
      {conflict ? <FormConflictAlert onResolve={(keepMine) => void resolveConflict(keepMine)} /> : null}
      {errors.count ? <FormErrorsAlert errors={errors} /> : null}
      <ProblemAlert>{problem}</ProblemAlert>

      {!draft ? (
        <FormStartCard onStart={start} />
      ) : (
        <BuilderContext.Provider value={context}>
          {wide ? (
            <Grid gap="lg" align="flex-start">
              <Grid.Col span={7}>{editor}</Grid.Col>
              <Grid.Col span={5}>
                <Box pos="sticky" top={80} style={{ maxHeight: 'calc(100vh - 170px)', overflowY: 'auto' }} pr={4} aria-label={t('formBuilder.preview.title')} component="section">
                  <Title order={3} fz="md" mb="sm">
                    {t('formBuilder.preview.title')}
                  </Title>
                  {preview}
                </Box>
              </Grid.Col>
            </Grid>
          ) : (
            <Tabs defaultValue="edit" keepMounted={false}>
              <Tabs.List mb="md">
                <Tabs.Tab value="edit">{t('formBuilder.tabs.edit')}</Tabs.Tab>
                <Tabs.Tab value="preview">{t('formBuilder.tabs.preview')}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="edit">{editor}</Tabs.Panel>
              <Tabs.Panel value="preview">{preview}</Tabs.Panel>
            </Tabs>
          )}
          <SaveBar dirty={dirty} nextVersion={(saved?.version ?? 0) + 1} saving={save.isPending} canRevert disabled={conflict} onSave={doSave} onRevert={() => setDraft(saved ? fromDefinition(saved.definition) : null)} />
        </BuilderContext.Provider>
      )}
      <LeaveModal opened={blocker.status === 'blocked'} onStay={() => blocker.reset?.()} onLeave={() => blocker.proceed?.()} />
    </Stack>
  );
}
