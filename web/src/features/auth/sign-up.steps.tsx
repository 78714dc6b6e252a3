import { Checkbox, Group, List, Paper, PasswordInput, Radio, Select, SimpleGrid, Stack, Text, Textarea, TextInput, ThemeIcon, Title } from '@mantine/core';
import { DateInput, type DateInputProps } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BuildingIcon, UsersIcon } from '../../components/icons';
import { useLabels } from '../../i18n/labels';
import { brnError, tidyBrn } from '../organizations/brn.validate';
import { regions } from '../organizations/organization.codes';
import type { SignUpType, SignUpValues } from './sign-up.form';

type Form = UseFormReturnType<SignUpValues>;

/** The heading of a step; focused when the step opens, so screen readers announce it. */
export function StepHeading({ step, children, lead }: { step: number; children: ReactNode; lead?: ReactNode }) {
  return (
    <div>
      <Title order={3} fz="lg" id={`sign-up-step-${step}`} tabIndex={-1} style={{ outline: 'none' }}>
        {children}
      </Title>
      {lead ? (
        <Text size="sm" c="dimmed" mt={4}>
          {lead}
        </Text>
      ) : null}
    </div>
  );
}

/** Step 1: a registered business or a team of prospective founders, as two large radio cards. */
export function TypeStep({ form }: { form: Form }) {
  const { t } = useTranslation();
  const options: { value: SignUpType; icon: ReactNode; title: string; lead: string }[] = [
    { value: 'company', icon: <BuildingIcon size={26} />, title: t('signUp.company'), lead: t('signUp.companyLead') },
    { value: 'team', icon: <UsersIcon size={26} />, title: t('signUp.team'), lead: t('signUp.teamLead') },
  ];
  return (
    <Stack gap="md">
      <StepHeading step={0} lead={t('signUp.typeLead')}>
        {t('signUp.typeQuestion')}
      </StepHeading>
      <Radio.Group
        value={form.values.type}
        onChange={(v) => form.setFieldValue('type', v as SignUpType)}
        error={form.errors.type}
        aria-label={t('signUp.typeQuestion')}
        name="sign-up-type"
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {options.map((o) => {
            const checked = form.values.type === o.value;
            return (
              <Radio.Card
                key={o.value}
                value={o.value}
                radius="lg"
                p="lg"
                data-testid={`sign-up-type-${o.value}`}
                // A button centres its content; the cards of one row read better top-aligned.
                style={{
                  display: 'flex',
                  alignItems: 'flex-start',
                  borderWidth: 2,
                  borderColor: checked ? 'var(--mantine-color-brand-6)' : undefined,
                  background: checked ? 'var(--mantine-color-brand-0)' : 'var(--mantine-color-white)',
                  transition: 'border-color 120ms, background 120ms',
                }}
              >
                <Group wrap="nowrap" align="flex-start" gap="md" w="100%">
                  <ThemeIcon size={48} radius="md" variant={checked ? 'filled' : 'light'}>
                    {o.icon}
                  </ThemeIcon>
                  <Stack gap={4} style={{ flex: 1 }}>
                    <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
                      <Text fw={700} size="md">
                        {o.title}
                      </Text>
                      <Radio.Indicator />
                    </Group>
                    <Text size="sm" c="dimmed">
                      {o.lead}
                    </Text>
                  </Stack>
                </Group>
              </Radio.Card>
            );
          })}
        </SimpleGrid>
      </Radio.Group>
    </Stack>
  );
}

function Section({ title, lead, children }: { title: string; lead?: string; children: ReactNode }) {
  return (
    <Stack gap="sm">
      <div>
        <Text fw={700}>{title}</Text>
        {lead ? (
          <Text size="xs" c="dimmed">
            {lead}
          </Text>
        ) : null}
      </div>
      {children}
    </Stack>
  );
}

/** A date typed as YYYY-MM-DD or picked from a calendar that opens on decades, up to today. */
function PastDateInput(props: DateInputProps) {
  return <DateInput valueFormat="YYYY-MM-DD" placeholder="YYYY-MM-DD" defaultLevel="decade" clearable maxDate={new Date()} {...props} />;
}

/** Step 2: the person, then the organization of the chosen type. */
export function DetailsStep({ form }: { form: Form }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const company = form.values.type === 'company';
  const regionSelect = (
    <Select
      label={t('organization.region')}
      description={t('signUp.regionHint')}
      placeholder={t('signUp.regionPlaceholder')}
      searchable
      clearable
      data={regions.map((r) => ({ value: r, label: labels.region(r) }))}
      {...form.getInputProps('organization.region')}
    />
  );
  return (
    <Stack gap="xl">
      <StepHeading step={1} lead={t('signUp.detailsLead')}>
        {t('signUp.detailsTitle')}
      </StepHeading>
      <Section title={t('signUp.personSection')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={t('signUp.name')} description={t('signUp.nameHint')} autoComplete="name" required {...form.getInputProps('name')} />
          <TextInput
            label={t('auth.email')}
            description={t('signUp.emailHint')}
            type="email"
            autoComplete="email"
            placeholder="name@example.kr"
            required
            {...form.getInputProps('email')}
          />
          {/* PasswordInput and Checkbox leave aria-invalid off their input: set here, as other inputs have it. */}
          <PasswordInput
            label={t('auth.password')}
            description={t('auth.passwordRule')}
            autoComplete="new-password"
            required
            aria-invalid={Boolean(form.errors.password)}
            {...form.getInputProps('password')}
          />
          <PasswordInput
            label={t('signUp.passwordConfirm')}
            description={t('signUp.passwordConfirmHint')}
            autoComplete="new-password"
            required
            aria-invalid={Boolean(form.errors.passwordConfirm)}
            {...form.getInputProps('passwordConfirm')}
          />
          <TextInput label={t('signUp.phone')} description={t('signUp.phoneHint')} type="tel" autoComplete="tel" placeholder="010-1234-5678" {...form.getInputProps('phone')} />
          <PastDateInput label={t('signUp.birthDate')} description={t('signUp.birthDateHint')} {...form.getInputProps('representativeBirthDate')} />
        </SimpleGrid>
      </Section>
      {company ? (
        <Section title={t('signUp.companySection')} lead={t('signUp.companySectionLead')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={t('organization.brn')}
              description={t('organization.brnHint')}
              placeholder="123-45-67890"
              inputMode="numeric"
              required
              {...form.getInputProps('organization.businessRegistrationNumber')}
              onBlur={(e) => {
                const value = tidyBrn(e.currentTarget.value);
                form.setFieldValue('organization.businessRegistrationNumber', value);
                form.setFieldError('organization.businessRegistrationNumber', value.trim() ? brnError(t, value) : t('validation.required'));
              }}
            />
            <TextInput label={t('signUp.companyName')} description={t('signUp.companyNameHint')} required {...form.getInputProps('organization.name')} />
            <Select
              label={t('organization.kind')}
              allowDeselect={false}
              data={(['startup', 'sme'] as const).map((k) => ({ value: k, label: labels.kind(k) }))}
              {...form.getInputProps('organization.kind')}
            />
            <PastDateInput label={t('organization.foundedOn')} description={t('signUp.foundedOnHint')} {...form.getInputProps('organization.foundedOn')} />
            {regionSelect}
            <TextInput label={t('organization.ksic')} description={t('organization.ksicHint')} placeholder="52101" inputMode="numeric" {...form.getInputProps('organization.ksicCode')} />
          </SimpleGrid>
        </Section>
      ) : (
        <Section title={t('signUp.teamSection')} lead={t('signUp.teamSectionLead')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput label={t('signUp.teamName')} description={t('signUp.teamNameHint')} required {...form.getInputProps('organization.name')} />
            {regionSelect}
          </SimpleGrid>
          <Textarea label={t('signUp.teamDescription')} description={t('signUp.teamDescriptionHint')} autosize minRows={3} maxRows={8} {...form.getInputProps('organization.description')} />
        </Section>
      )}
    </Stack>
  );
}

/** Step 3: what is sent, what is collected and why, and the consent. */
export function ConsentStep({ form }: { form: Form }) {
  const { t } = useTranslation();
  const v = form.values;
  const rows: [string, string][] = [
    [t('signUp.reviewType'), v.type === 'company' ? t('signUp.company') : t('signUp.team')],
    [t('signUp.name'), v.name],
    [t('auth.email'), v.email],
    [v.type === 'company' ? t('signUp.companyName') : t('signUp.teamName'), v.organization.name],
    ...(v.type === 'company' ? ([[t('organization.brn'), v.organization.businessRegistrationNumber]] as [string, string][]) : []),
  ];
  return (
    <Stack gap="lg">
      <StepHeading step={2} lead={t('signUp.consentLead')}>
        {t('signUp.consentStepTitle')}
      </StepHeading>
      <Paper withBorder radius="md" p="md" bg="var(--mantine-color-gray-0)" data-testid="sign-up-review">
        <Stack gap={6}>
          {rows.map(([label, value]) => (
            <Group key={label} gap="md" wrap="nowrap" align="flex-start">
              <Text size="sm" c="dimmed" w={112} style={{ flexShrink: 0 }}>
                {label}
              </Text>
              <Text size="sm" fw={500} style={{ wordBreak: 'break-all' }}>
                {value}
              </Text>
            </Group>
          ))}
        </Stack>
      </Paper>
      <Paper withBorder radius="md" p="md">
        <Text fw={700} size="sm" mb="xs">
          {t('signUp.consentTitle')}
        </Text>
        <List size="sm" spacing={6} c="gray.8">
          <List.Item>
            <b>{t('signUp.collectedLabel')}</b> {t('signUp.collected')}
          </List.Item>
          <List.Item>
            <b>{t('signUp.purposeLabel')}</b> {t('signUp.purpose')}
          </List.Item>
          <List.Item>
            <b>{t('signUp.retentionLabel')}</b> {t('signUp.retention')}
          </List.Item>
          <List.Item>{t('signUp.refuse')}</List.Item>
        </List>
        <Checkbox mt="md" label={t('signUp.consentLabel')} aria-invalid={Boolean(form.errors.acceptTerms)} {...form.getInputProps('acceptTerms', { type: 'checkbox' })} />
      </Paper>
    </Stack>
  );
}
