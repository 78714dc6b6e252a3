import { z } from '@hono/zod-openapi';

export const CenterSchema = z
  .object({
    id: z.string().openapi({ example: 'incheon' }),
    name: z.string().openapi({ example: '인천창조경제혁신센터' }),
    nameEn: z.string(),
    shortName: z.string().openapi({ example: '인천센터' }),
    region: z.string().openapi({ example: '인천' }),
    sponsorName: z.string().describe('The dedicated conglomerate (전담기업).').openapi({ example: '한진' }),
    sponsorNameEn: z.string(),
    specialty: z.string().openapi({ example: '스마트 물류' }),
    specialtyEn: z.string(),
    openedOn: z.string().nullable(),
    organizationCount: z.number().int().describe('Organizations affiliated with the center now.'),
  })
  .openapi('Center');

export type CenterOut = z.infer<typeof CenterSchema>;

export const CenterIdParam = z.object({
  id: z.string().max(40).openapi({ param: { name: 'id', in: 'path' }, example: 'incheon' }),
});

const Counts = z.record(z.string(), z.number().int());

export const CenterSummarySchema = z
  .object({
    centerId: z.string(),
    year: z.number().int().describe('The current year in Asia/Seoul.'),
    organizations: z.object({
      total: z.number().int().describe('Organizations affiliated with the center now.'),
      byKind: Counts,
      byStage: Counts.describe('Stage codes; "unknown" where none is recorded.'),
    }),
    supportThisYear: z.object({
      records: z.number().int(),
      organizations: z.number().int().describe('Distinct organizations supported this year.'),
      valueKrw: z.number().int(),
      byKind: Counts,
    }),
    supportByYear: z.array(z.object({ year: z.number().int(), records: z.number().int(), organizations: z.number().int() })),
  })
  .openapi('CenterSummary');

export type CenterSummaryOut = z.infer<typeof CenterSummarySchema>;
