/**
 * The columns the ledger imports read (the server's support-record.import.ts and
 * outcome.import.ts): each by its English and its Korean header, which are the file's names in
 * both languages, not translations of the screen.
 */
export const ledgerImportKinds = ['support-records', 'outcomes'] as const;
export type LedgerImportKind = (typeof ledgerImportKinds)[number];

export type LedgerColumn = { key: string; en: string; ko: string; required: boolean };

export const ledgerColumns: Record<LedgerImportKind, readonly LedgerColumn[]> = {
  'support-records': [
    { key: 'businessRegistrationNumber', en: 'businessRegistrationNumber', ko: '사업자등록번호', required: true },
    { key: 'center', en: 'center', ko: '센터', required: true },
    { key: 'kind', en: 'kind', ko: '지원유형', required: true },
    { key: 'date', en: 'date', ko: '지원일', required: true },
    { key: 'valueKRW', en: 'valueKRW', ko: '지원금액', required: false },
    { key: 'program', en: 'program', ko: '사업명', required: false },
    { key: 'note', en: 'note', ko: '비고', required: false },
  ],
  outcomes: [
    { key: 'businessRegistrationNumber', en: 'businessRegistrationNumber', ko: '사업자등록번호', required: true },
    { key: 'period', en: 'period', ko: '기간', required: true },
    { key: 'metric', en: 'metric', ko: '지표', required: true },
    { key: 'value', en: 'value', ko: '값', required: true },
    { key: 'note', en: 'note', ko: '비고', required: false },
  ],
};

/** The header a row error names, in the screen's language; the field itself when the file has no such column. */
export function columnLabel(kind: LedgerImportKind, field: string, lang: string): string {
  const column = ledgerColumns[kind].find((c) => c.key === field);
  return column ? (lang === 'en' ? column.en : column.ko) : field;
}
