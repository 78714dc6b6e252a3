import { useTranslation } from 'react-i18next';

/**
 * The message of a code the server sends with its parameters (validation.brnChecksum,
 * errors.unknownCenter…), from the web's own translations; the code itself when the web
 * does not know it yet, so nothing is hidden.
 */
export function useServerMessage() {
  const { t, i18n } = useTranslation();
  return (code: string, params?: Record<string, string | number>): string =>
    i18n.exists(code) ? (t as (key: string, options?: Record<string, unknown>) => string)(code, params ?? {}) : code;
}
