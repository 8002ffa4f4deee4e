/**
 * The surgeon a note names in a header field ("Surgeon: Dr. A", "Attending: …", "Primary surgeon: …"),
 * used to group a report by surgeon. Only an explicit field counts: nothing is inferred from signatures or
 * from the narrative, and fields for assistants, residents or anaesthesia are not surgeons.
 */
/** The surgeon named in the note's header field, or undefined when there is none. */
export declare function surgeonOf(text: string): string | undefined;
