// Every table, for drizzle-kit and for the typed client. Features own their tables.
export * from '../features/centers/center.table.ts';
export * from '../features/clusters/cluster.table.ts';
export * from '../features/organizations/organization.table.ts';
export * from '../features/people/person.table.ts';
export * from '../features/auth/auth.table.ts';
export * from '../features/support-records/support-record.table.ts';
export * from '../features/audit/audit.table.ts';
export * from '../features/mail/mail.table.ts';
export * from '../search/search.table.ts';
export * from '../features/programs/program.table.ts';
export * from '../features/calls/call.table.ts';
export * from '../features/forms/form.table.ts';
export * from '../features/applications/application.table.ts';
export * from '../features/outcomes/outcome.table.ts';
export * from '../features/campaigns/campaign.table.ts';
export * from '../features/targets/target.table.ts';
export * from '../features/dashboards/rollup.table.ts';
