import { ActionIcon, Button, Group, Paper, SimpleGrid, Stack, TagsInput, Text, Textarea, TextInput, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import type { FocusEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PlusIcon, TrashIcon } from '../../../components/icons';
import { tidyBrn } from '../../organizations/brn.validate';
import { emptyPastAffiliation, emptyRelation, MAX_TAGS, type ProfileValues } from './judge-profile.form';

// Mantine cannot resolve a list's element type through a generic form; the rows' shapes are ProfileValues'.
type WithProfile = { profile: ProfileValues };

function Part({ title, lead, children }: { title: string; lead?: string; children: ReactNode }) {
  return (
    <Stack gap="sm">
      <div>
        <Title order={4} fz="sm">
          {title}
        </Title>
        {lead ? (
          <Text size="xs" c="dimmed" mt={2}>
            {lead}
          </Text>
        ) : null}
      </div>
      {children}
    </Stack>
  );
}

/**
 * 심사위원 프로필: the current affiliation, position, expertise and tags (for assignment), past
 * affiliations with the day each ended and declared relations (for conflicts of interest).
 * Used on the invitation page and on the profile page; values live under `profile`.
 */
export function JudgeProfileFields<T extends WithProfile>({ form }: { form: UseFormReturnType<T> }) {
  const { t } = useTranslation();
  const profile = form.getValues().profile;
  const brnProps = (path: string) => {
    const props = form.getInputProps(path);
    return {
      ...props,
      placeholder: '123-45-67890',
      onBlur: (event: FocusEvent<HTMLInputElement>) => {
        const tidy = tidyBrn(event.currentTarget.value);
        if (tidy !== event.currentTarget.value) form.setFieldValue(path, tidy as never);
        props.onBlur?.(event);
      },
    };
  };

  return (
    <Stack gap="xl" style={{ wordBreak: 'keep-all' }} data-testid="judge-profile-fields">
      <Part title={t('judging.profile.current')} lead={t('judging.profile.currentLead')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
          <TextInput label={t('judging.profile.affiliation')} placeholder={t('judging.profile.affiliationPlaceholder')} {...form.getInputProps('profile.affiliation.name')} />
          <TextInput label={t('judging.profile.brnOptional')} {...brnProps('profile.affiliation.businessRegistrationNumber')} />
          <TextInput label={t('judging.profile.position')} placeholder={t('judging.profile.positionPlaceholder')} {...form.getInputProps('profile.position')} />
        </SimpleGrid>
      </Part>

      <Part title={t('judging.profile.expertiseTitle')} lead={t('judging.profile.expertiseLead')}>
        <Textarea label={t('judging.profile.expertise')} placeholder={t('judging.profile.expertisePlaceholder')} autosize minRows={3} maxRows={10} {...form.getInputProps('profile.expertise')} />
        <TagsInput
          label={t('judging.profile.tags')}
          description={t('judging.profile.tagsHint', { max: MAX_TAGS })}
          placeholder={profile.tags.length ? undefined : t('judging.profile.tagsPlaceholder')}
          maxTags={MAX_TAGS}
          splitChars={[',']}
          clearable
          {...form.getInputProps('profile.tags')}
        />
      </Part>

      <Part title={t('judging.profile.past')} lead={t('judging.profile.pastLead')}>
        {profile.pastAffiliations.map((_, i) => {
          const n = i + 1;
          return (
            <Paper key={i} withBorder radius="md" p="sm" data-testid="past-affiliation-row">
              <Group align="flex-start" gap="sm" wrap="nowrap">
                <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing="xs" style={{ flex: 1 }}>
                  <TextInput label={t('judging.profile.orgName')} aria-label={t('judging.profile.pastRowName', { n })} withAsterisk {...form.getInputProps(`profile.pastAffiliations.${i}.name`)} />
                  <TextInput label={t('judging.profile.brnOptional')} aria-label={t('judging.profile.pastRowBrn', { n })} {...brnProps(`profile.pastAffiliations.${i}.businessRegistrationNumber`)} />
                  <DateInput
                    label={t('judging.profile.until')}
                    aria-label={t('judging.profile.pastRowUntil', { n })}
                    withAsterisk
                    valueFormat="YYYY-MM-DD"
                    placeholder="YYYY-MM-DD"
                    {...form.getInputProps(`profile.pastAffiliations.${i}.until`)}
                  />
                </SimpleGrid>
                <ActionIcon variant="subtle" color="red" mt={26} aria-label={t('judging.profile.removePast', { n })} onClick={() => form.removeListItem('profile.pastAffiliations', i)}>
                  <TrashIcon />
                </ActionIcon>
              </Group>
            </Paper>
          );
        })}
        <Group>
          <Button variant="light" size="xs" leftSection={<PlusIcon size={16} />} onClick={() => form.insertListItem('profile.pastAffiliations', emptyPastAffiliation() as never)}>
            {t('judging.profile.addPast')}
          </Button>
        </Group>
      </Part>

      <Part title={t('judging.profile.relations')} lead={t('judging.profile.relationsLead')}>
        {profile.relations.map((_, i) => {
          const n = i + 1;
          return (
            <Paper key={i} withBorder radius="md" p="sm" data-testid="relation-row">
              <Group align="flex-start" gap="sm" wrap="nowrap">
                <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing="xs" style={{ flex: 1 }}>
                  <TextInput label={t('judging.profile.orgName')} aria-label={t('judging.profile.relationRowName', { n })} withAsterisk {...form.getInputProps(`profile.relations.${i}.name`)} />
                  <TextInput label={t('judging.profile.brnOptional')} aria-label={t('judging.profile.relationRowBrn', { n })} {...brnProps(`profile.relations.${i}.businessRegistrationNumber`)} />
                  <TextInput
                    label={t('judging.profile.relation')}
                    aria-label={t('judging.profile.relationRowKind', { n })}
                    placeholder={t('judging.profile.relationPlaceholder')}
                    withAsterisk
                    {...form.getInputProps(`profile.relations.${i}.relation`)}
                  />
                </SimpleGrid>
                <ActionIcon variant="subtle" color="red" mt={26} aria-label={t('judging.profile.removeRelation', { n })} onClick={() => form.removeListItem('profile.relations', i)}>
                  <TrashIcon />
                </ActionIcon>
              </Group>
            </Paper>
          );
        })}
        <Group>
          <Button variant="light" size="xs" leftSection={<PlusIcon size={16} />} onClick={() => form.insertListItem('profile.relations', emptyRelation() as never)}>
            {t('judging.profile.addRelation')}
          </Button>
        </Group>
      </Part>
    </Stack>
  );
}
