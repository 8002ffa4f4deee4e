import type { Section, SectionCategory } from './sections.js';
export interface Sentence {
    /** Offsets in the normalised text. */
    start: number;
    end: number;
    text: string;
    /** Index into the section list. */
    section: number;
    category: SectionCategory;
}
export declare function splitSentences(text: string, sections: Section[]): Sentence[];
