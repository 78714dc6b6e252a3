import { z } from '@hono/zod-openapi';
import { msg } from '../../http/errors.ts';
import { Text } from '../../http/schemas.ts';

/** Field types a form builder offers (DESIGN: forms without code). */
export const fieldTypes = ['text', 'textarea', 'number', 'amount', 'date', 'choice', 'multiChoice', 'yesNo', 'table', 'file'] as const;
export const columnTypes = ['text', 'number', 'amount', 'date'] as const;
export const fileKinds = ['pdf', 'hwp', 'hwpx', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'jpg', 'png', 'zip'] as const;

const Label = z.object({ ko: Text(300, 1), en: Text(300).optional() }).strict();
const Key = z.string().regex(/^[a-z][a-zA-Z0-9_]{0,39}$/, msg('validation.invalidFormat'));
const Value = z.string().trim().min(1).max(100);

const Column = z.object({ key: Key, label: Label, type: z.enum(columnTypes), required: z.boolean().default(false) }).strict();

export const FormField = z
  .object({
    key: Key.describe('Unique in the form; the answer is stored under it.'),
    type: z.enum(fieldTypes),
    label: Label,
    help: Label.optional(),
    required: z.boolean().default(false),
    minLength: z.number().int().min(0).max(100_000).optional(),
    maxLength: z.number().int().min(1).max(100_000).optional().describe('text: 200 by default; textarea: 4,000.'),
    min: z.number().optional(),
    max: z.number().optional(),
    options: z.array(z.object({ value: Value, label: Label }).strict()).min(2).max(100).optional().describe('choice and multiChoice.'),
    maxSelections: z.number().int().min(1).max(100).optional(),
    columns: z.array(Column).min(1).max(20).optional().describe('table: its columns.'),
    maxRows: z.number().int().min(1).max(500).optional(),
    accept: z.array(z.enum(fileKinds)).min(1).optional().describe('file: allowed kinds.'),
    maxSizeMb: z.number().int().min(1).max(100).optional(),
    showIf: z.object({ field: Key, equals: z.union([Value, z.boolean(), z.array(Value).min(1)]) }).strict().optional().describe('Shown (and required) only when an earlier field has this answer.'),
  })
  .strict()
  .superRefine((f, ctx) => {
    const needs = (prop: 'options' | 'columns' | 'accept', types: readonly string[]) => {
      if (types.includes(f.type) && !f[prop]) ctx.addIssue({ code: 'custom', path: [prop], message: msg('validation.required') });
      if (!types.includes(f.type) && f[prop]) ctx.addIssue({ code: 'custom', path: [prop], message: msg('validation.notForFieldType') });
    };
    needs('options', ['choice', 'multiChoice']);
    needs('columns', ['table']);
    if (f.type !== 'file' && f.accept) ctx.addIssue({ code: 'custom', path: ['accept'], message: msg('validation.notForFieldType') });
    if (f.minLength !== undefined && f.maxLength !== undefined && f.minLength > f.maxLength) ctx.addIssue({ code: 'custom', path: ['maxLength'], message: msg('validation.tooSmall', { minimum: f.minLength }) });
    if (f.min !== undefined && f.max !== undefined && f.min > f.max) ctx.addIssue({ code: 'custom', path: ['max'], message: msg('validation.tooSmall', { minimum: f.min }) });
    if (f.options && new Set(f.options.map((o) => o.value)).size !== f.options.length) ctx.addIssue({ code: 'custom', path: ['options'], message: msg('validation.duplicateValue') });
    if (f.columns && new Set(f.columns.map((c) => c.key)).size !== f.columns.length) ctx.addIssue({ code: 'custom', path: ['columns'], message: msg('validation.duplicateValue') });
  })
  .openapi('FormField');
export type FormFieldIn = z.infer<typeof FormField>;

export const FormDefinition = z
  .object({
    sections: z
      .array(z.object({ title: Label, description: Label.optional(), fields: z.array(FormField).min(1).max(100) }).strict())
      .min(1)
      .max(30),
  })
  .strict()
  .superRefine((form, ctx) => {
    const seen = new Map<string, FormFieldIn>();
    form.sections.forEach((section, s) =>
      section.fields.forEach((field, f) => {
        const path = ['sections', s, 'fields', f];
        if (seen.has(field.key)) ctx.addIssue({ code: 'custom', path: [...path, 'key'], message: msg('validation.duplicateValue') });
        if (field.showIf) {
          // A condition looks back: at a field asked earlier, which has answers to compare with.
          const on = seen.get(field.showIf.field);
          if (!on || !['choice', 'multiChoice', 'yesNo'].includes(on.type)) ctx.addIssue({ code: 'custom', path: [...path, 'showIf', 'field'], message: msg('validation.showIfEarlier') });
        }
        seen.set(field.key, field);
      }),
    );
  })
  .openapi('FormDefinition');
export type FormDefinitionIn = z.infer<typeof FormDefinition>;

export const FormSchema = z
  .object({ callId: z.uuid(), version: z.number().int(), definition: FormDefinition, createdAt: z.string() })
  .openapi('ApplicationForm');

export const AnswersCheck = z.object({ answers: z.record(z.string(), z.unknown()), final: z.boolean().default(false).describe('true checks as on submission: required fields too.') }).strict();
