/**
 * The columns the import reads (the server's organization.columns.ts): the header names are
 * translations of `import.columns.<field>`, Korean in ko and the API field name in en.
 */
export const importColumns = [
  { field: 'name', required: true },
  { field: 'businessRegistrationNumber', required: false },
  { field: 'kind', required: true },
  { field: 'region', required: false },
  { field: 'foundedOn', required: false },
  { field: 'industry', required: false },
  { field: 'description', required: false },
  { field: 'stage', required: false },
  { field: 'representative', required: false },
  { field: 'products', required: false },
  { field: 'technologies', required: false },
  { field: 'website', required: false },
  { field: 'contactEmail', required: false },
  { field: 'contactPhone', required: false },
] as const;

export type ImportField = (typeof importColumns)[number]['field'];

const fields = new Set<string>(importColumns.map((c) => c.field));

/** The column a row error names: the API calls the industry column's value ksicCode. */
export function importFieldOf(field: string): ImportField | undefined {
  const f = field === 'ksicCode' ? 'industry' : field;
  return fields.has(f) ? (f as ImportField) : undefined;
}
