/** Shared shapes of the extraction stage (src/io/extract/*). */
import type { NoteFormat } from '../../types.js';

export type { NoteFormat };

/**
 * From line `line` (1-based, in the extracted text) on, quotes come from this place in the original,
 * until the next locator. Lets evidence carry `page` (PDF), `segment` (HL7 v2) or `section` (C-CDA).
 */
export interface Locator {
  line: number;
  page?: number;
  segment?: number;
  section?: string;
}

/** One note taken out of a file. */
export interface ExtractedNote {
  text: string;
  /** What this note was read as (a FHIR resource carrying a PDF is `fhir`). */
  format: NoteFormat;
  warnings: string[];
  /** Sorted by `line`. */
  locators?: Locator[];
}

/** One note of a container that could not be read (e.g. an HL7 message with no OBX text). */
export interface ExtractedError {
  error: string;
}

export type ExtractItem = ExtractedNote | ExtractedError;

/** Thrown by an extractor for a whole file that cannot be read; the message is one line for the user. */
export class ExtractError extends Error {
  override name = 'ExtractError';
  /** `skip`: not a note at all (a JSON file that is not FHIR) — a note on stderr, not an error, in folder scans. */
  constructor(
    message: string,
    readonly kind: 'error' | 'skip' = 'error',
  ) {
    super(message);
  }
}

export interface ExtractContext {
  /** Largest text / inflated size accepted, in bytes (`--max-size`). */
  maxSize: number;
  /** File name (for the extension fallback); may be empty. */
  name: string;
  /** Nesting depth (an HL7 ED or a FHIR attachment holding a PDF is depth 1); containers stop at 2. */
  depth: number;
}

/** Lines in `text` up to `offset` (1-based line of the character at `offset`). */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Tidy extracted text: LF line ends, no trailing spaces, at most one blank line in a row, no blank edges. */
export function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '')
    .replace(/\s*$/, '\n');
}

/**
 * Builds extracted text line by line, each line tagged with where it came from; collapses runs of
 * blank lines and drops leading ones, so locators stay exact.
 */
export class LineBuilder {
  private lines: string[] = [];
  private locs: Locator[] = [];
  private lastKey = '';

  /** Add one or more lines (split on newlines) from `from` (page / segment / section). */
  add(text: string, from: Omit<Locator, 'line'> = {}): void {
    for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
      const line = raw.replace(/[ \t\u00a0]+$/, '');
      if (line.trim() === '') {
        if (this.lines.length && this.lines[this.lines.length - 1] !== '') this.lines.push('');
        continue;
      }
      const key = Object.keys(from).length ? JSON.stringify(from) : '';
      if (key !== this.lastKey) {
        this.locs.push({ line: this.lines.length + 1, ...from });
        this.lastKey = key;
      }
      this.lines.push(line);
    }
  }

  /** A paragraph break (one blank line). */
  blank(): void {
    if (this.lines.length && this.lines[this.lines.length - 1] !== '') this.lines.push('');
  }

  get empty(): boolean {
    return this.lines.every((l) => l.trim() === '');
  }

  text(): string {
    const lines = [...this.lines];
    while (lines.length && lines[lines.length - 1] === '') lines.pop();
    return lines.length ? `${lines.join('\n')}\n` : '';
  }

  locators(): Locator[] {
    return this.locs;
  }
}
