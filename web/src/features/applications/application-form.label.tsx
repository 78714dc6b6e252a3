import { Text } from '@mantine/core';

/** A question's label, its asterisk when required and its description, for the questions drawn without a Mantine input's own label (tables and files). */
export function QuestionLabel({ label, description, withAsterisk, id }: { label: string; description?: string; withAsterisk: boolean; id?: string }) {
  return (
    <div>
      <Text size="sm" fw={500} id={id}>
        {label}
        {withAsterisk ? (
          <Text span c="red">
            {' *'}
          </Text>
        ) : null}
      </Text>
      {description ? (
        <Text size="xs" c="dimmed">
          {description}
        </Text>
      ) : null}
    </div>
  );
}
