/** Small readers of `checkNoteAll` results shared by the fresh-class tests. */
import type { checkNoteAll } from '../../src/check.js';

export type Results = ReturnType<typeof checkNoteAll>;

/** The status of element `id` in the result for `code` (undefined when there is none). */
export const el = (rs: Results, code: string, id: string) => rs.find((r) => r.code === code)?.elements.find((e) => e.id === id)?.status;

/** The note's device events as "action:site" (every result of a note lists all of the note's devices). */
export const events = (rs: Results) => (rs[0]?.devices ?? []).map((d) => `${d.action}:${d.site}`);
