import type { FormDefinition, FormField } from '../applications/application-form.rules';
import { keyFor, uniqueKey } from './form-keys';

/**
 * The builder's working copy of a form: the API's FormDefinition plus what the screen needs to
 * keep track of — a stable id per section, question, option and column (React keys, error
 * places), whether a key still follows its label, and the key or value each had in the saved
 * version (answers are stored under it).
 */
export type Label = { ko: string; en?: string };
export type FieldType = FormField['type'];
export type ColumnType = NonNullable<FormField['columns']>[number]['type'];
export type FileKind = NonNullable<FormField['accept']>[number];

export type DraftOption = { uid: string; value: string; label: Label; autoValue: boolean; savedValue?: string };
export type DraftColumn = { uid: string; key: string; label: Label; type: ColumnType; required: boolean; autoKey: boolean; savedKey?: string };
export type DraftField = Omit<FormField, 'options' | 'columns'> & {
  uid: string;
  autoKey: boolean;
  savedKey?: string;
  options?: DraftOption[];
  columns?: DraftColumn[];
};
export type DraftSection = { uid: string; title: Label; description?: Label; fields: DraftField[] };
export type Draft = { sections: DraftSection[] };

export const FIELD_TYPES: FieldType[] = ['text', 'textarea', 'number', 'amount', 'date', 'choice', 'multiChoice', 'yesNo', 'table', 'file'];
export const COLUMN_TYPES: ColumnType[] = ['text', 'number', 'amount', 'date'];
export const FILE_KINDS: FileKind[] = ['pdf', 'hwp', 'hwpx', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'jpg', 'png', 'zip'];
/** Questions a condition may look at: their answers are a few known values. */
const CONDITION_TYPES: FieldType[] = ['choice', 'multiChoice', 'yesNo'];

let counter = 0;
const newUid = () => `u${Date.now().toString(36)}${(counter++).toString(36)}`;

const allFields = (draft: Draft) => draft.sections.flatMap((s) => s.fields);
const mapFields = (draft: Draft, fn: (f: DraftField) => DraftField): Draft => ({ sections: draft.sections.map((s) => ({ ...s, fields: s.fields.map(fn) })) });
export const keysOf = (draft: Draft) => allFields(draft).map((f) => f.key);

// ---- from and to the API ----

export function fromDefinition(definition: FormDefinition): Draft {
  return {
    sections: definition.sections.map((s) => ({
      uid: newUid(),
      title: s.title,
      description: s.description,
      fields: s.fields.map((f) => ({
        ...f,
        uid: newUid(),
        autoKey: false,
        savedKey: f.key,
        options: f.options?.map((o) => ({ ...o, uid: newUid(), autoValue: false, savedValue: o.value })),
        columns: f.columns?.map((c) => ({ ...c, uid: newUid(), autoKey: false, savedKey: c.key })),
      })),
    })),
  };
}

/** A template or a restored copy: nothing of it is saved yet, so keys still follow labels only where asked. */
export function fromUnsaved(definition: FormDefinition): Draft {
  const draft = fromDefinition(definition);
  for (const f of allFields(draft)) {
    delete f.savedKey;
    f.options?.forEach((o) => delete o.savedValue);
    f.columns?.forEach((c) => delete c.savedKey);
  }
  return draft;
}

const cleanLabel = (label: Label): Label => {
  const en = label.en?.trim();
  return en ? { ko: label.ko, en } : { ko: label.ko };
};
const optionalLabel = (label: Label | undefined): Label | undefined => (label && (label.ko.trim() || label.en?.trim()) ? cleanLabel(label) : undefined);

/** What is sent to the API: the builder's bookkeeping and empty optional texts left out. */
export function toDefinition(draft: Draft): FormDefinition {
  return {
    sections: draft.sections.map((s) => {
      const description = optionalLabel(s.description);
      return {
        title: cleanLabel(s.title),
        ...(description ? { description } : {}),
        fields: s.fields.map((f) => {
          const { uid: _uid, autoKey: _autoKey, savedKey: _savedKey, key, type, label, required, options, columns, help, ...rest } = f;
          const out: FormField = { key, type, label: cleanLabel(label), required, ...rest };
          const h = optionalLabel(help);
          if (h) out.help = h;
          if (options) out.options = options.map((o) => ({ value: o.value, label: cleanLabel(o.label) }));
          if (columns) out.columns = columns.map((c) => ({ key: c.key, label: cleanLabel(c.label), type: c.type, required: c.required }));
          for (const k of Object.keys(out) as (keyof FormField)[]) if (out[k] === undefined) delete out[k];
          return out;
        }),
      };
    }),
  };
}

/** JSON with object keys in order: the server's copy comes back from jsonb with its keys reordered. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, canonical(v)]));
  return value;
}

export const sameForm = (a: FormDefinition | null, b: FormDefinition | null) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/**
 * After a save: the saved definition (the server trims texts) with the ids of the draft that was
 * sent, place by place; every key and value in it is now one that answers are stored under.
 */
export function adoptSaved(sent: Draft, definition: FormDefinition): Draft {
  const saved = fromDefinition(definition);
  saved.sections.forEach((section, s) => {
    const before = sent.sections[s];
    section.uid = before?.uid ?? section.uid;
    section.fields.forEach((field, f) => {
      const was = before?.fields[f];
      field.uid = was?.uid ?? field.uid;
      field.options?.forEach((o, i) => (o.uid = was?.options?.[i]?.uid ?? o.uid));
      field.columns?.forEach((c, i) => (c.uid = was?.columns?.[i]?.uid ?? c.uid));
    });
  });
  return saved;
}

// ---- new things ----

export function newOption(label: Label, taken: string[], n: number): DraftOption {
  return { uid: newUid(), label, value: keyFor(label, taken, `option${n}`), autoValue: true };
}

export function newColumn(label: Label, taken: string[], n: number): DraftColumn {
  return { uid: newUid(), label, key: keyFor(label, taken, `column${n}`), type: 'text', required: false, autoKey: true };
}

/** What a question of a type needs from the start (choices, columns, file kinds). */
function typeDefaults(type: FieldType, labels: { option: (n: number) => string; column: string }): Partial<DraftField> {
  switch (type) {
    case 'choice':
    case 'multiChoice': {
      const first = newOption({ ko: labels.option(1) }, [], 1);
      return { options: [first, newOption({ ko: labels.option(2) }, [first.value], 2)] };
    }
    case 'table':
      return { columns: [newColumn({ ko: labels.column }, [], 1)] };
    case 'file':
      return { accept: ['pdf', 'hwp', 'hwpx', 'docx'], maxSizeMb: 20 };
    default:
      return {};
  }
}

export type NewFieldTexts = { label: string; option: (n: number) => string; column: string };

export function newField(draft: Draft, type: FieldType, texts: NewFieldTexts): DraftField {
  const label = { ko: texts.label };
  return { uid: newUid(), type, label, required: false, key: keyFor(label, keysOf(draft), 'question'), autoKey: true, ...typeDefaults(type, texts) };
}

/** The question as another type: settings of the old type that the new one does not take are dropped. */
export function changeType(field: DraftField, type: FieldType, texts: NewFieldTexts): DraftField {
  const { options, columns, accept, maxSizeMb, minLength, maxLength, min, max, maxSelections, maxRows, ...rest } = field;
  const keep: Partial<DraftField> = {};
  const text = type === 'text' || type === 'textarea';
  if (text && (field.type === 'text' || field.type === 'textarea')) Object.assign(keep, { minLength, maxLength });
  if ((type === 'number' || type === 'amount') && (field.type === 'number' || field.type === 'amount')) Object.assign(keep, { min, max });
  if ((type === 'choice' || type === 'multiChoice') && options) keep.options = options;
  if (type === 'multiChoice') keep.maxSelections = maxSelections;
  if (type === 'table') Object.assign(keep, { columns, maxRows });
  if (type === 'file') Object.assign(keep, { accept, maxSizeMb });
  const defaults = typeDefaults(type, texts);
  const next: DraftField = { ...rest, type, ...keep };
  for (const [k, v] of Object.entries(defaults)) if ((next as Record<string, unknown>)[k] === undefined) (next as Record<string, unknown>)[k] = v;
  for (const k of Object.keys(next) as (keyof DraftField)[]) if (next[k] === undefined) delete next[k];
  return next;
}

// ---- edits (each returns a new draft) ----


/** Replaces a question; a changed label moves a key (or choice values) that still follows it. */
export function updateField(draft: Draft, uid: string, next: DraftField): Draft {
  const prev = allFields(draft).find((f) => f.uid === uid);
  if (!prev) return draft;
  let field = next;
  if (field.autoKey && (prev.label.ko !== field.label.ko || prev.label.en !== field.label.en)) {
    const others = keysOf(draft).filter((k) => k !== prev.key);
    field = { ...field, key: keyFor(field.label, others, 'question') };
  }
  // A renamed key: the conditions that look at the question follow it.
  const renamed = field.key !== prev.key;
  let out = mapFields(draft, (f) => (f.uid === uid ? field : renamed && f.showIf?.field === prev.key ? { ...f, showIf: { ...f.showIf, field: field.key } } : f));
  // A choice value that changed: conditions on it follow.
  if (prev.options && field.options) {
    const values = new Map<string, string>();
    for (const o of field.options) {
      const before = prev.options.find((p) => p.uid === o.uid);
      if (before && before.value !== o.value) values.set(before.value, o.value);
    }
    if (values.size) out = mapFields(out, (f) => (f.showIf?.field === field.key ? { ...f, showIf: { ...f.showIf, equals: renameValues(f.showIf.equals, values) } } : f));
  }
  return out;
}

const renameValues = (equals: string | boolean | string[], renamed: Map<string, string>) =>
  typeof equals === 'string' ? (renamed.get(equals) ?? equals) : Array.isArray(equals) ? equals.map((v) => renamed.get(v) ?? v) : equals;

export function updateSection(draft: Draft, uid: string, patch: Partial<DraftSection>): Draft {
  return { sections: draft.sections.map((s) => (s.uid === uid ? { ...s, ...patch } : s)) };
}

function move<T>(list: T[], from: number, to: number): T[] {
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item!);
  return out;
}

export function moveSection(draft: Draft, index: number, by: -1 | 1): Draft {
  const to = index + by;
  if (to < 0 || to >= draft.sections.length) return draft;
  return { sections: move(draft.sections, index, to) };
}

export function addSection(draft: Draft, title: string): Draft {
  return { sections: [...draft.sections, { uid: newUid(), title: { ko: title }, fields: [] }] };
}

/** Removes a section; conditions on its questions go with them. */
export function deleteSection(draft: Draft, uid: string): Draft {
  const gone = new Set(draft.sections.find((s) => s.uid === uid)?.fields.map((f) => f.key));
  return dropConditionsOn({ sections: draft.sections.filter((s) => s.uid !== uid) }, gone);
}

export function addField(draft: Draft, sectionUid: string, field: DraftField): Draft {
  return { sections: draft.sections.map((s) => (s.uid === sectionUid ? { ...s, fields: [...s.fields, field] } : s)) };
}

/** Questions whose condition looks at a question. */
export const dependentsOf = (draft: Draft, key: string) => allFields(draft).filter((f) => f.showIf?.field === key);

function dropConditionsOn(draft: Draft, keys: Set<string>): Draft {
  return mapFields(draft, (f) => {
    if (!f.showIf || !keys.has(f.showIf.field)) return f;
    const { showIf: _showIf, ...rest } = f;
    return rest;
  });
}

export function deleteField(draft: Draft, uid: string): Draft {
  const key = allFields(draft).find((f) => f.uid === uid)?.key;
  const out = { sections: draft.sections.map((s) => ({ ...s, fields: s.fields.filter((f) => f.uid !== uid) })) };
  return key ? dropConditionsOn(out, new Set([key])) : out;
}

/** A copy right below it, with a key of its own; the copy is new, so nothing is stored under its keys. */
export function duplicateField(draft: Draft, uid: string, copyLabel: (label: string) => string): Draft {
  return {
    sections: draft.sections.map((s) => {
      const i = s.fields.findIndex((f) => f.uid === uid);
      if (i < 0) return s;
      const f = s.fields[i]!;
      const label = { ...f.label, ko: copyLabel(f.label.ko) };
      const copy: DraftField = {
        ...structuredClone(f),
        uid: newUid(),
        label,
        key: uniqueKey(f.key, keysOf(draft)),
        autoKey: false,
        options: f.options?.map((o) => ({ ...o, uid: newUid(), savedValue: undefined })),
        columns: f.columns?.map((c) => ({ ...c, uid: newUid(), savedKey: undefined })),
      };
      delete copy.savedKey;
      return { ...s, fields: [...s.fields.slice(0, i + 1), copy, ...s.fields.slice(i + 1)] };
    }),
  };
}

/** Moves a question up or down; past the first or last of its section, into the section before or after. */
export function moveField(draft: Draft, uid: string, by: -1 | 1): Draft {
  const s = draft.sections.findIndex((x) => x.fields.some((f) => f.uid === uid));
  if (s < 0) return draft;
  const section = draft.sections[s]!;
  const i = section.fields.findIndex((f) => f.uid === uid);
  const to = i + by;
  if (to >= 0 && to < section.fields.length) return updateSection(draft, section.uid, { fields: move(section.fields, i, to) });
  const target = draft.sections[s + by];
  if (!target) return draft;
  const field = section.fields[i]!;
  return {
    sections: draft.sections.map((x) => {
      if (x.uid === section.uid) return { ...x, fields: x.fields.filter((f) => f.uid !== uid) };
      if (x.uid === target.uid) return { ...x, fields: by < 0 ? [...x.fields, field] : [field, ...x.fields] };
      return x;
    }),
  };
}

/** Moves a question to the end of another section. */
export function moveFieldToSection(draft: Draft, uid: string, sectionUid: string): Draft {
  const field = allFields(draft).find((f) => f.uid === uid);
  if (!field) return draft;
  return {
    sections: draft.sections.map((s) => {
      const without = s.fields.filter((f) => f.uid !== uid);
      return s.uid === sectionUid ? { ...s, fields: [...without, field] } : { ...s, fields: without };
    }),
  };
}

/** Questions asked before this one that a condition may look at. */
export function earlierConditionFields(draft: Draft, uid: string): DraftField[] {
  const out: DraftField[] = [];
  for (const f of allFields(draft)) {
    if (f.uid === uid) break;
    if (CONDITION_TYPES.includes(f.type)) out.push(f);
  }
  return out;
}

/** What is wrong with a question's condition, if anything: no earlier choice question of that key, no answer, or an answer that is no longer an option. */
export function conditionProblem(draft: Draft, field: DraftField): 'notEarlier' | 'pickAnswer' | 'staleAnswer' | null {
  if (!field.showIf) return null;
  const on = earlierConditionFields(draft, field.uid).find((f) => f.key === field.showIf!.field);
  if (!on) return 'notEarlier';
  if (on.type === 'yesNo') return typeof field.showIf.equals === 'boolean' ? null : 'pickAnswer';
  const chosen = Array.isArray(field.showIf.equals) ? field.showIf.equals : typeof field.showIf.equals === 'string' ? [field.showIf.equals] : [];
  if (!chosen.length) return 'pickAnswer';
  return chosen.every((v) => on.options?.some((o) => o.value === v)) ? null : 'staleAnswer';
}
