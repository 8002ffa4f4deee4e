/** The layouts a fresh-class note is checked in: as written, hard-wrapped at 64 and 72 columns, in capitals, with CRLF. */
// @ts-expect-error plain ESM script without types
import { hardWrap } from '../../scripts/metamorphic.mjs';

export const layouts = (note: string): string[] => [note, hardWrap(note, 64), hardWrap(note, 72), note.toUpperCase(), note.replace(/\n/g, '\r\n')];
