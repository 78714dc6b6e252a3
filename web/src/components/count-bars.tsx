import { Group, Progress, Stack, Text } from '@mantine/core';

/** A ranked list of counts as labelled bars; labels never squeeze into the bars. */
export function CountBars({ data, format }: { data: { name: string; value: number }[]; format: (n: number) => string }) {
  const max = Math.max(1, ...data.map((d) => d.value));
  return (
    <Stack gap={10} role="list">
      {data.map((d) => (
        <Group key={d.name} gap="sm" wrap="nowrap" role="listitem">
          <Text size="sm" w={108} style={{ flexShrink: 0 }} lineClamp={1} title={d.name}>
            {d.name}
          </Text>
          <Progress value={(d.value / max) * 100} size="lg" radius="sm" flex={1} color="brand.5" aria-hidden />
          <Text size="sm" fw={600} w={56} ta="right" style={{ flexShrink: 0, fontVariantNumeric: 'tabular-nums' }}>
            {format(d.value)}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
