/**
 * Header fields of a note. The surgeon is reported only when the note names one in a field
 * ("Surgeon: Dr. A", "Attending: ..."); the field names come from grammar.yaml `header`.
 */
import type { Grammar } from './grammar.js';
/** The surgeon named in the note's header field, or undefined when there is none. */
export declare function surgeonOf(g: Grammar, text: string): string | undefined;
