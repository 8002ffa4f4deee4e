/**
 * `sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
 *
 * - One rule per `code/element` (id e.g. `20702/placement-site`), stable across runs.
 * - One result per warn (level "warning") or fail (level "error") element, anchored at the element's first
 *   evidence, or at line 1, column 1 when the element is missing from the note.
 * - Artifact URIs are relative to the working directory, with forward slashes; stdin is "stdin".
 * - Notes that could not be checked (status "error") become `toolExecutionNotifications` of
 *   `invocations[0]`, and `executionSuccessful` is false when there is any.
 *
 * Streaming: results are written as notes arrive; only the rule table and error notifications are held.
 * JSON members are unordered, so `results` is written before `tool` and `invocations`.
 */
import { createHash } from 'node:crypto';
import type * as Sarif from 'sarif';
import type { ElementResult, Evidence, NoteResult } from '../types.js';
import {
  effectiveCode,
  pathToUriRef,
  relativePath,
  type FormatContext,
  type Formatter,
  type FormatterFactory,
  type RuleMeta,
} from './types.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SARIF_VERSION = '2.1.0';

export function ruleId(code: string, element: string): string {
  return `${code}/${element}`;
}

/** 1-based region covering an evidence quote (end column is exclusive, as SARIF defines it). */
export function regionOf(ev: Evidence | undefined): Sarif.Region {
  if (!ev) return { startLine: 1, startColumn: 1 };
  const startLine = Math.max(1, Math.trunc(ev.line) || 1);
  const startColumn = Math.max(1, Math.trunc(ev.column) || 1);
  const region: Sarif.Region = { startLine, startColumn };
  if (ev.text) {
    const lines = ev.text.split(/\r\n|\r|\n/);
    const last = lines[lines.length - 1]!;
    region.endLine = startLine + lines.length - 1;
    region.endColumn = (lines.length === 1 ? startColumn : 1) + last.length;
    if (region.endLine === startLine && region.endColumn <= startColumn) {
      delete region.endLine;
      delete region.endColumn;
    }
  }
  return region;
}

function messageText(el: ElementResult): string {
  const parts = [el.message.trim()];
  if (el.fix && el.fix.trim()) parts.push(`Fix: ${el.fix.trim()}`);
  return parts.filter(Boolean).join(' ') || `${el.label}: ${el.status}`;
}

function fingerprint(id: string, el: ElementResult): string {
  const ev = el.evidence[0]?.text ?? '(missing)';
  return createHash('sha256').update(`${id}\u0000${el.status}\u0000${ev}`).digest('hex').slice(0, 32);
}

/** JSON of `value` indented for nesting at `depth` levels of two spaces (first line not indented). */
function json(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, '\n' + '  '.repeat(depth));
}

interface RuleEntry {
  meta: RuleMeta;
  index: number;
}

export const createSarifFormatter: FormatterFactory = (ctx: FormatContext): Formatter => {
  const rules = new Map<string, RuleEntry>();
  const notifications: Sarif.Notification[] = [];
  let written = 0;

  const addRule = (meta: RuleMeta): RuleEntry => {
    const id = ruleId(meta.code, meta.element);
    let entry = rules.get(id);
    if (!entry) {
      entry = { meta: { ...meta }, index: rules.size };
      rules.set(id, entry);
    } else {
      // Fill what an earlier sighting could not tell (e.g. a fix seen only on a failing element).
      if (!entry.meta.help && meta.help) entry.meta.help = meta.help;
      if (!entry.meta.label && meta.label) entry.meta.label = meta.label;
    }
    return entry;
  };
  for (const r of ctx.rules ?? []) addRule(r);

  const ruleFromElement = (code: string, el: ElementResult): RuleEntry =>
    addRule({
      code,
      element: el.id,
      label: el.label,
      description: '',
      help: el.status === 'warn' || el.status === 'fail' ? el.fix : '',
    });

  const toDescriptor = ({ meta }: RuleEntry): Sarif.ReportingDescriptor => {
    const label = meta.label || meta.element;
    const full = meta.description || `The operative note documents the ${label.toLowerCase()} required for CPT ${meta.code}.`;
    const help = meta.help || full;
    return {
      id: ruleId(meta.code, meta.element),
      name: camel(`${meta.element}`),
      shortDescription: { text: `${label} (CPT ${meta.code})` },
      fullDescription: { text: full },
      help: { text: help },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['documentation', `cpt-${meta.code}`], element: meta.element, code: meta.code },
    };
  };

  return {
    begin() {
      return `{\n  "$schema": ${JSON.stringify(SARIF_SCHEMA)},\n  "version": "${SARIF_VERSION}",\n  "runs": [\n    {\n      "results": [`;
    },
    result(results: NoteResult[]) {
      let out = '';
      for (const r of results) {
        const uri = pathToUriRef(relativePath(r.source, ctx.cwd));
        if (r.status === 'error') {
          notifications.push({
            level: 'error',
            message: { text: `${relativePath(r.source, ctx.cwd)}: ${r.error?.message ?? 'could not be checked'}` },
            locations: [{ physicalLocation: { artifactLocation: { uri } } }],
          });
          continue;
        }
        const code = effectiveCode(r);
        for (const el of r.elements) {
          const rule = ruleFromElement(code, el);
          if (el.status !== 'warn' && el.status !== 'fail') continue;
          const id = ruleId(code, el.id);
          const res: Sarif.Result = {
            ruleId: id,
            ruleIndex: rule.index,
            level: el.status === 'fail' ? 'error' : 'warning',
            message: { text: messageText(el) },
            locations: [{ physicalLocation: { artifactLocation: { uri }, region: regionOf(el.evidence[0]) } }],
            partialFingerprints: { 'oplintElement/v1': fingerprint(id, el) },
            properties: { noteStatus: r.status, code: r.code, denialRisks: el.denialRisks },
          };
          // a failure recorded in the --baseline file is reported as suppressed, so code scanning does not alert on it
          if ((el as { baselined?: boolean }).baselined) res.suppressions = [{ kind: 'external', justification: 'recorded in the oplint baseline' }];
          out += (written++ === 0 ? '\n        ' : ',\n        ') + json(res, 4);
        }
      }
      return out;
    },
    end(summary, extra) {
      const driver: Sarif.ToolComponent = {
        name: 'oplint',
        version: ctx.version,
        semanticVersion: ctx.version,
        rules: [...rules.values()].sort((a, b) => a.index - b.index).map(toDescriptor),
      };
      const invocation: Sarif.Invocation = {
        executionSuccessful: notifications.length === 0 && summary.errors === 0,
        toolExecutionNotifications: notifications,
      };
      const runProps: Record<string, unknown> = { summary };
      if (extra?.baselineFixed !== undefined) runProps.baselineFixed = extra.baselineFixed;
      return (
        (written ? '\n      ' : '') +
        '],\n      "tool": ' +
        json({ driver }, 3) +
        ',\n      "invocations": ' +
        json([invocation], 3) +
        ',\n      "columnKind": "utf16CodeUnits",\n      "properties": ' +
        json(runProps, 3) +
        '\n    }\n  ]\n}\n'
      );
    },
  };
};

function camel(id: string): string {
  return id.replace(/[-_/](\w)/g, (_, c: string) => c.toUpperCase());
}

export default createSarifFormatter;
