import { Group, Text, ThemeIcon } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/** The innohub mark; it leads home, or to the public call list in the public frame. */
export function Logo({ size = 'md', to = '/' }: { size?: 'md' | 'lg'; to?: '/' | '/calls' }) {
  const { t } = useTranslation();
  const big = size === 'lg';
  return (
    <Link to={to} style={{ textDecoration: 'none', color: 'inherit' }} aria-label={t('shell.homeLink')}>
      <Group gap={10} wrap="nowrap">
        <ThemeIcon size={big ? 44 : 34} radius="md" variant="gradient" gradient={{ from: 'brand.7', to: 'cyan.6', deg: 135 }}>
          <Text fw={800} fz={big ? 20 : 16} c="white" lh={1}>
            i
          </Text>
        </ThemeIcon>
        <div style={{ lineHeight: 1.15 }}>
          <Text fw={800} fz={big ? 24 : 18} lh={1.1}>
            innohub
          </Text>
          <Text fz={big ? 'sm' : 11} c="dimmed" lh={1.2} visibleFrom={big ? undefined : 'xs'}>
            {t('shell.tagline')}
          </Text>
        </div>
      </Group>
    </Link>
  );
}
