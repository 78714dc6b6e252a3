import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './context.ts';
import { applicationReviewRoutes } from '../features/applications/application.review.routes.ts';
import { applicationRoutes } from '../features/applications/application.routes.ts';
import { authRoutes } from '../features/auth/auth.routes.ts';
import { callAttachmentRoutes } from '../features/calls/call.attachments.routes.ts';
import { callRoutes } from '../features/calls/call.routes.ts';
import { formRoutes } from '../features/forms/form.routes.ts';
import { centerRoutes } from '../features/centers/center.routes.ts';
import { clusterRoutes } from '../features/clusters/cluster.routes.ts';
import { mailRoutes } from '../features/mail/mail.routes.ts';
import { organizationIoRoutes } from '../features/organizations/organization.io.routes.ts';
import { organizationRoutes } from '../features/organizations/organization.routes.ts';
import { personRoutes } from '../features/people/person.routes.ts';
import { programRoutes } from '../features/programs/program.routes.ts';
import { importRoutes } from '../features/imports/import.routes.ts';
import { reportRoutes } from '../features/reports/report.routes.ts';
import { dashboardRoutes } from '../features/dashboards/dashboard.routes.ts';
import { workbookRoutes } from '../features/reports/workbook.routes.ts';
import { outcomeRoutes } from '../features/outcomes/outcome.routes.ts';
import { outcomeEvidenceRoutes } from '../features/outcomes/outcome.evidence.routes.ts';
import { supportRecordRoutes } from '../features/support-records/support-record.routes.ts';

/** Every feature's API, under /api/v1. */
export function registerRoutes(app: OpenAPIHono<AppEnv>) {
  app.route('/api/v1', authRoutes);
  app.route('/api/v1', centerRoutes);
  app.route('/api/v1', clusterRoutes);
  app.route('/api/v1', organizationIoRoutes);
  app.route('/api/v1', organizationRoutes);
  app.route('/api/v1', personRoutes);
  app.route('/api/v1', supportRecordRoutes);
  app.route('/api/v1', programRoutes);
  app.route('/api/v1', callRoutes);
  app.route('/api/v1', callAttachmentRoutes);
  app.route('/api/v1', formRoutes);
  app.route('/api/v1', applicationRoutes);
  app.route('/api/v1', applicationReviewRoutes);
  app.route('/api/v1', outcomeRoutes);
  app.route('/api/v1', outcomeEvidenceRoutes);
  app.route('/api/v1', importRoutes);
  app.route('/api/v1', reportRoutes);
  app.route('/api/v1', dashboardRoutes);
  app.route('/api/v1', workbookRoutes);
  app.route('/api/v1', mailRoutes);
}
