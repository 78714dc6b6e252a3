import type { TFunction } from 'i18next';
// The server's own pure check-digit rule, shared rather than copied.
import { brnDigits, formatBrn, isValidBrn } from '../../../../src/features/organizations/brn.ts';

/** The BRN error to show, or null when empty or valid (123-45-67890 with its check digit). */
export function brnError(t: TFunction, value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  const digits = brnDigits(trimmed);
  if (!digits) return t('validation.brnFormat');
  if (!isValidBrn(digits)) return t('validation.brnChecksum');
  return null;
}

/** 1234567890 → 123-45-67890 once the ten digits are there. */
export function tidyBrn(value: string): string {
  const digits = brnDigits(value.trim());
  return digits ? formatBrn(digits) : value;
}
