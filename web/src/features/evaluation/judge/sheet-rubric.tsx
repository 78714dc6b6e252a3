import { Badge, Group, NumberInput, Paper, Progress, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import { formatScore } from './judge.codes';
import type { Criterion } from './judge.queries';
import { COMMENT_MAX, liveTotal, needsComment, OVERALL_COMMENT_MAX, scoreProblem, type SheetValues } from './sheet.values';

type Props = {
  criteria: Criterion[];
  values: SheetValues;
  /** Messages by the API's paths: scores.<id>, comments.<id>, comment. */
  errors: Record<string, string>;
  readOnly: boolean;
  onChange: (next: SheetValues, path: string) => void;
};

/** The rubric of a sheet: each criterion's score and comment, the overall comment, and the live weighted total. */
export function SheetRubric({ criteria, values, errors, readOnly, onChange }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Stack gap="md">
      {criteria.map((c, i) => {
        const score = values.scores[c.id] ?? null;
        const commentPath = `comments.${c.id}`;
        const comment = values.comments[c.id] ?? '';
        const points = score !== null && !scoreProblem(c, score) ? (c.weight * score) / c.maxScore : null;
        return (
          <Paper key={c.id} withBorder radius="md" p="md" data-testid="criterion" data-criterion={c.id}>
            <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
              <div style={{ minWidth: 0 }}>
                <Text fw={700} size="sm">
                  {i + 1}. {c.title}
                </Text>
                {c.description ? (
                  <Text size="xs" c="dimmed" mt={2} style={{ whiteSpace: 'pre-wrap' }}>
                    {c.description}
                  </Text>
                ) : null}
              </div>
              <Badge variant="light" radius="sm" style={{ flexShrink: 0 }} data-testid="criterion-weight">
                {t('judging.sheet.weight', { points: formatScore(c.weight, f.lang) })}
              </Badge>
            </Group>
            <Group align="flex-end" gap="md" mt="sm" wrap="nowrap">
              <ScoreInput
                criterion={c}
                value={score}
                readOnly={readOnly}
                error={errors[`scores.${c.id}`] ?? (scoreProblem(c, score) ? t('judging.sheet.scoreRange', { max: formatScore(c.maxScore, f.lang) }) : undefined)}
                onChange={(next) => onChange({ ...values, scores: { ...values.scores, [c.id]: next } }, `scores.${c.id}`)}
              />
              <Text size="sm" c="dimmed" pb={errors[`scores.${c.id}`] || scoreProblem(c, score) ? 28 : 8} data-testid="criterion-points" style={{ whiteSpace: 'nowrap' }}>
                {points === null ? '—' : t('judging.outOf', { score: formatScore(points, f.lang), max: formatScore(c.weight, f.lang) })}
              </Text>
            </Group>
            <Textarea
              mt="sm"
              label={t('judging.sheet.comment')}
              aria-label={t('judging.sheet.commentAria', { title: c.title })}
              description={c.commentBelow !== null ? t('judging.sheet.commentBelow', { below: formatScore(c.commentBelow, f.lang) }) : undefined}
              withAsterisk={!readOnly && needsComment(c, score)}
              autosize
              minRows={2}
              maxRows={8}
              readOnly={readOnly}
              variant={readOnly ? 'filled' : 'default'}
              value={comment}
              error={errors[commentPath] ?? (comment.length > COMMENT_MAX ? t('validation.tooLong', { maximum: COMMENT_MAX }) : undefined)}
              onChange={(e) => onChange({ ...values, comments: { ...values.comments, [c.id]: e.currentTarget.value } }, commentPath)}
            />
          </Paper>
        );
      })}
      <Textarea
        label={t('judging.sheet.overall')}
        placeholder={readOnly ? undefined : t('judging.sheet.overallPlaceholder')}
        autosize
        minRows={3}
        maxRows={12}
        readOnly={readOnly}
        variant={readOnly ? 'filled' : 'default'}
        value={values.comment}
        error={errors.comment ?? (values.comment.length > OVERALL_COMMENT_MAX ? t('validation.tooLong', { maximum: OVERALL_COMMENT_MAX }) : undefined)}
        onChange={(e) => onChange({ ...values, comment: e.currentTarget.value }, 'comment')}
      />
    </Stack>
  );
}

/** The live weighted total (Σ weight × score ÷ maxScore) out of the rubric's maximum, and the criteria still to score. */
export function SheetTotal({ criteria, maxTotal, values }: { criteria: Criterion[]; maxTotal: number; values: SheetValues }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { total, unscored } = liveTotal(criteria, values);
  return (
    <Stack gap={6}>
      <Group justify="space-between" align="baseline">
        <Text size="sm" fw={600}>
          {t('judging.sheet.total')}
        </Text>
        <Text size="xl" fw={800} data-testid="sheet-total">
          {t('judging.outOf', { score: formatScore(total, f.lang), max: formatScore(maxTotal, f.lang) })}
        </Text>
      </Group>
      <Progress value={maxTotal ? (total / maxTotal) * 100 : 0} size="sm" radius="xl" aria-hidden />
      <Text size="xs" c={unscored ? 'orange.8' : 'dimmed'} data-testid="sheet-unscored">
        {unscored ? t('judging.sheet.unscored', { count: unscored }) : t('judging.sheet.allScored')}
      </Text>
    </Stack>
  );
}

const numberOf = (v: string | number): number | null => {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (!v.trim()) return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
};

/**
 * A criterion's score, 0 to its maximum in steps of 0.5 (two decimals typed). What is typed is
 * kept as typed ("7." while a decimal is on its way) and handed on as a number or null.
 */
function ScoreInput({ criterion, value, readOnly, error, onChange }: { criterion: Criterion; value: number | null; readOnly: boolean; error?: string; onChange: (v: number | null) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [text, setText] = useState<string | number>(value ?? '');
  // A value set from outside (a restored or reloaded sheet) replaces what is shown.
  useEffect(() => {
    if (numberOf(text) !== value) setText(value ?? '');
  }, [value]);
  return (
    <NumberInput
      label={t('judging.sheet.score')}
      aria-label={t('judging.sheet.scoreAria', { title: criterion.title })}
      description={t('judging.sheet.scoreHint', { max: formatScore(criterion.maxScore, f.lang) })}
      w={180}
      min={0}
      max={criterion.maxScore}
      step={0.5}
      decimalScale={2}
      allowNegative={false}
      clampBehavior="none"
      readOnly={readOnly}
      variant={readOnly ? 'filled' : 'default'}
      hideControls={readOnly}
      error={error}
      value={text}
      onChange={(v) => {
        setText(v);
        onChange(numberOf(v));
      }}
      data-testid="criterion-score"
    />
  );
}
