import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, jsonContent, router, writeErrorResponses } from '../../../http/openapi.ts';
import { IdParam } from '../../../http/schemas.ts';
import { scopeOf } from '../../../http/scope.ts';
import { getRanking } from './ranking.service.ts';

const methods = z.enum(['mean', 'trimmedMean', 'median', 'normalized']);

const RankedApplication = z.object({
  id: z.uuid(),
  submittedAt: z.string(),
  sheets: z.array(
    z.object({
      judgeId: z.uuid(),
      scores: z.record(z.string(), z.number()),
      total: z.number().describe('Σ weight × score ÷ maxScore.'),
      dropped: z.enum(['highest', 'lowest']).nullable().describe('Left out by the trimmed mean.'),
      z: z.number().nullable().describe('The total as a z-score of its judge (normalized method).'),
    }),
  ),
  method: z.union([methods, z.literal('none')]).describe('The method applied (the trimmed mean falls back with few judges); none without sheets.'),
  aggregate: z.number().nullable(),
  bonus: z.number(),
  bonuses: z.array(z.object({ points: z.number(), reason: z.string() })),
  final: z.number().nullable().describe('aggregate + bonus.'),
  criterionMeans: z.record(z.string(), z.number()),
  failedCriteria: z.array(z.string()).describe('Criteria whose mean is below their minimum (과락).'),
  rank: z.number().int().nullable(),
  tied: z.boolean().describe('Shares its rank after every tie-break.'),
  proposal: z.enum(['selected', 'reserve', 'notSelected', 'failed']),
  selectedBy: z.union([z.literal('rank'), z.object({ quota: z.string() })]).nullable(),
});

const Refusal = z.object({
  code: z.enum(['tooFewJudgesToTrim', 'judgeScoredTooFew', 'judgeWithoutSpread', 'judgesDoNotOverlap', 'quotasExceedPlaces', 'scoreOutOfRange']),
  applicationIds: z.array(z.string()).optional(),
  judgeIds: z.array(z.string()).optional(),
  groups: z.array(z.array(z.string())).optional(),
  required: z.number().optional(),
  quotaTotal: z.number().optional(),
  places: z.number().optional(),
  applicationId: z.string().optional(),
  judgeId: z.string().optional(),
  criterionId: z.string().optional(),
  max: z.number().optional(),
});

export const RoundRankingSchema = z
  .object({
    roundId: z.uuid(),
    status: z.enum(['setup', 'scoring', 'closed']),
    pendingSheets: z.number().int().describe('Sheets assigned but not submitted: they are not in the ranking.'),
    labels: z.record(z.string(), z.object({ receiptNumber: z.string().nullable(), organizationName: z.string() })),
    judges: z.record(z.string(), z.string()).describe('judgeId → name.'),
    outcome: z.discriminatedUnion('status', [
      z.object({
        status: z.literal('ranked'),
        applications: z.array(RankedApplication),
        normalization: z
          .object({ overallMean: z.number(), overallSd: z.number(), judges: z.array(z.object({ judgeId: z.string(), sheets: z.number().int(), mean: z.number(), sd: z.number() })) })
          .nullable(),
        tieAtCut: z.boolean(),
      }),
      z.object({ status: z.literal('refused'), reasons: z.array(Refusal) }),
    ]),
  })
  .openapi('RoundRanking');

export const rankingRoutes = router().openapi(
  createRoute({
    method: 'get',
    path: '/rounds/{id}/ranking',
    tags: ['evaluation'],
    summary: "The round's ranking from its submitted sheets, with every intermediate (totals, dropped sheets, z-scores, criterion means, bonus, final)",
    description: "The round's staff and the national office; never a judge. A method that cannot apply answers `refused` with the reasons.",
    request: { params: IdParam },
    responses: { 200: jsonContent(RoundRankingSchema, 'The ranking or the refusal.'), ...errorResponses, 403: writeErrorResponses[403] },
  }),
  async (c) => c.json(await getRanking(c.get('deps'), scopeOf(c), c.req.valid('param').id), 200),
);
