import { z } from '@hono/zod-openapi';
import { Text } from '../../http/schemas.ts';

export const ClusterSchema = z
  .object({
    id: z.uuid(),
    name: z.string().openapi({ example: '모빌리티 MC' }),
    nameEn: z.string(),
    hostName: z.string().openapi({ example: '한국산업단지공단 인천지역본부' }),
    region: z.string(),
    complex: z.string().openapi({ example: '남동국가산업단지' }),
    industries: z.array(z.string()),
    description: z.string(),
    parentId: z.uuid().nullable().describe('The parent cluster of a sub-cluster (서브 MC).'),
    memberCount: z.number().int(),
    institutionCount: z.number().int().describe('Members that are support institutions (universities, institutes, agencies).'),
    coordinators: z.array(z.object({ id: z.uuid(), name: z.string() })),
  })
  .openapi('Cluster');

export type ClusterOut = z.infer<typeof ClusterSchema>;

export const ClusterCreate = z
  .object({
    name: Text(100, 1),
    nameEn: Text(100, 1),
    hostName: Text(100, 1),
    region: Text(20, 1),
    complex: Text(100, 1),
    industries: z.array(Text(50, 1)).max(30).default([]),
    description: Text(2000).optional(),
    parentId: z.uuid().nullish(),
  })
  .strict()
  .openapi('ClusterCreate');

export const ClusterUpdate = ClusterCreate.partial().strict().openapi('ClusterUpdate');
