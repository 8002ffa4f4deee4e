import { type Section, type SectionCategory } from './sections.js';
export interface Sentence {
    /** Offsets in the normalised text. */
    start: number;
    end: number;
    text: string;
    /** Index into the section list. */
    section: number;
    category: SectionCategory;
}
/** `proseLine`: how long a line at the margin must be to read as prose going on (`sections.yaml` `proseLineLength`). */
export declare function splitSentences(text: string, sections: Section[], proseLine?: number): Sentence[];
