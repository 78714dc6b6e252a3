import { Card, Group, SimpleGrid, Text, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { change, type Figures, type DrillList, type DrillSort } from './dashboard.codes';
import classes from './dashboard.module.css';

/** The list a card opens: its scope's organizations sorted by the card's figure, or one breakdown row's. */
export type CardDrill = { list: DrillList; key?: string; sort: DrillSort };

/** ▲ 12.4% (teal) or ▼ 3.1% (red) against the year before; 신규 from nothing; nothing without a year before. */
export function Change({ current, previous, size = 'sm' }: { current: number; previous: number | null | undefined; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  const f = useFormat();
  const pct = change(current, previous);
  if (pct === null) return null;
  const text =
    pct === Infinity ? t('dashboard.changeNew')
    : pct === 0 ? t('dashboard.changeNone')
    : `${pct > 0 ? '▲' : '▼'} ${f.lang === 'en' ? Math.abs(pct).toLocaleString('en', { maximumFractionDigits: 1 }) : Math.abs(pct).toLocaleString('ko-KR', { maximumFractionDigits: 1 })}%`;
  return (
    <Text
      component="span"
      size={size}
      fw={600}
      c={pct > 0 ? 'teal.7' : pct < 0 ? 'red.7' : 'dimmed'}
      style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
      aria-label={pct === Infinity || pct === 0 ? text : t(pct > 0 ? 'dashboard.changeUp' : 'dashboard.changeDown', { value: Math.abs(pct).toFixed(1) })}
      data-testid="change"
    >
      {text}
    </Text>
  );
}

type CardSpec = {
  id: string;
  label: string;
  value: string;
  /** The exact won behind a rounded amount, shown on hover. */
  exact?: string;
  sub?: ReactNode;
  current: number;
  previous: number | undefined;
  drill: CardDrill;
};

/**
 * The headline figures of the year as cards: 지원 기업, 투자 유치, 매출, 고용 창출, 수출, 해외 법인,
 * 기술이전, each with its change against the year before; a click opens the organizations behind it.
 */
export function FigureCards({ totals, previous, onOpen, unverified }: { totals: Figures; previous: Figures | null; onOpen: (drill: CardDrill, label: string) => void; unverified: ReactNode }) {
  const { t } = useTranslation();
  const f = useFormat();
  const before = previous ?? undefined;
  const money = (v: number) => ({ value: f.krwShort(v), exact: v >= 10_000 ? f.exactKrw(v) : undefined });
  const cards: CardSpec[] = [
    {
      id: 'organizations',
      label: t('dashboard.figures.organizations'),
      value: t('dashboard.units.companies', { value: f.number(totals.organizations) }),
      sub: t('dashboard.figures.organizationsSub', { startups: f.number(totals.startups), smes: f.number(totals.smes) }),
      current: totals.organizations,
      previous: before?.organizations,
      drill: { list: 'all', sort: 'supportRecords' },
    },
    {
      id: 'investment',
      label: t('dashboard.figures.investment'),
      ...money(totals.investmentKRW),
      sub: t('dashboard.figures.investmentSub', { deals: f.number(totals.investmentDeals), companies: f.number(totals.investmentCompanies) }),
      current: totals.investmentKRW,
      previous: before?.investmentKRW,
      drill: { list: 'all', sort: 'investmentKRW' },
    },
    {
      id: 'revenue',
      label: t('dashboard.figures.revenue'),
      ...money(totals.revenueKRW),
      sub: t('dashboard.figures.revenueSub'),
      current: totals.revenueKRW,
      previous: before?.revenueKRW,
      drill: { list: 'all', sort: 'revenueKRW' },
    },
    {
      id: 'jobs',
      label: t('dashboard.figures.jobs'),
      value: t('dashboard.units.people', { value: f.number(totals.jobsCreated) }),
      sub: t('dashboard.figures.jobsSub'),
      current: totals.jobsCreated,
      previous: before?.jobsCreated,
      drill: { list: 'all', sort: 'jobsCreated' },
    },
    {
      id: 'export',
      label: t('dashboard.figures.export'),
      ...money(totals.exportKRW),
      sub: t('dashboard.figures.exportSub', { companies: f.number(totals.exportCompanies) }),
      current: totals.exportKRW,
      previous: before?.exportKRW,
      drill: { list: 'all', sort: 'exportKRW' },
    },
    {
      id: 'subsidiaries',
      label: t('dashboard.figures.subsidiaries'),
      value: t('dashboard.units.places', { value: f.number(totals.overseasSubsidiaries) }),
      sub: t('dashboard.figures.subsidiariesSub'),
      current: totals.overseasSubsidiaries,
      previous: before?.overseasSubsidiaries,
      drill: { list: 'all', sort: 'exportKRW' },
    },
    {
      id: 'techTransfers',
      label: t('dashboard.figures.techTransfers'),
      value: t('dashboard.units.cases', { value: f.number(totals.techTransfers) }),
      sub: t('dashboard.figures.techTransfersSub', { recipients: f.number(totals.techRecipients) }),
      current: totals.techTransfers,
      previous: before?.techTransfers,
      drill: { list: 'supportKind', key: 'tech_transfer', sort: 'supportRecords' },
    },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 4 }} spacing={{ base: 'sm', sm: 'md' }} data-testid="figure-cards">
      {cards.map((c) => (
        <FigureCard key={c.id} card={c} onOpen={() => onOpen(c.drill, c.label)} />
      ))}
      {unverified}
    </SimpleGrid>
  );
}

function FigureCard({ card, onOpen }: { card: CardSpec; onOpen: () => void }) {
  const { t } = useTranslation();
  const value = (
    <Text fz={{ base: 20, sm: 26 }} fw={700} lh={1.2} mt={6} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="figure-value">
      {card.value}
    </Text>
  );
  return (
    <Card
      component="button"
      type="button"
      onClick={onOpen}
      padding="md"
      className={classes.card}
      style={{ textAlign: 'left', cursor: 'pointer', width: '100%' }}
      data-testid={`figure-${card.id}`}
      aria-label={`${card.label} ${card.value}${card.exact ? ` (${card.exact})` : ''} — ${t('dashboard.openList')}`}
    >
      <Text size="xs" c="dimmed" fw={600} style={{ letterSpacing: 0.3 }}>
        {card.label}
      </Text>
      {card.exact ? (
        <Tooltip label={card.exact} withArrow position="top-start">
          {value}
        </Tooltip>
      ) : (
        value
      )}
      <Group gap={6} mt={4} wrap="wrap" align="baseline">
        <Change current={card.current} previous={card.previous} size="xs" />
        {card.previous !== undefined ? (
          <Text size="xs" c="dimmed">
            {t('dashboard.vsLastYear')}
          </Text>
        ) : null}
      </Group>
      {card.sub ? (
        <Text size="xs" c="dimmed" mt={2} lineClamp={2}>
          {card.sub}
        </Text>
      ) : null}
    </Card>
  );
}
