/** JSON contract v1 types. Stable: other tools and tests depend on them. */
export interface Evidence {
    /** Exact quote from the input as given. */
    text: string;
    /** 1-based line in the input as given. */
    line: number;
    /** 1-based column in the input as given. */
    column: number;
    /** PDF: 1-based page holding the quote. */
    page?: number;
    /** HL7 v2: 1-based index, within its message, of the segment (an OBX) holding the quote. */
    segment?: number;
    /** C-CDA: title of the document section holding the quote. */
    section?: string;
}
/** What an input file was read as (the extraction stage, docs/formats.md). */
export type NoteFormat = 'text' | 'rtf' | 'pdf' | 'docx' | 'html' | 'hl7v2' | 'fhir' | 'ccda';
export type ElementStatus = 'pass' | 'warn' | 'fail' | 'n/a';
export type Site = 'intramedullary' | 'deep' | 'intra-articular' | 'unspecified';
export type DeviceAction = 'insert' | 'remove';
/** Why an element was decided: the pattern, term and context (shown with --explain). */
export interface ExplainEntry {
    pattern: string;
    term: string;
    evidence?: Evidence;
    /** Assertion that changed the mention, e.g. "negated by 'not placed' (backward)". */
    context?: string;
    accepted: boolean;
}
export interface ElementResult {
    id: string;
    label: string;
    status: ElementStatus;
    message: string;
    evidence: Evidence[];
    denialRisks: string[];
    fix: string;
    /** Present only when explain was requested. */
    explain?: ExplainEntry[];
}
export interface DeviceEvent {
    action: DeviceAction;
    site: Site;
    evidence: Evidence[];
}
export interface ClaimLine {
    code: string;
    modifiers: string[];
    units: number;
}
export interface ClaimFinding {
    id: string;
    status: 'pass' | 'warn' | 'fail';
    message: string;
    codes: string[];
}
export interface ClaimResult {
    lines: ClaimLine[];
    findings: ClaimFinding[];
}
/**
 * Result status. `no-device` (schema version 2): in auto mode, the operation places and removes no
 * drug-delivery device, so none of 20700-20705 applies; the result has no element list and exits 0.
 */
export type NoteStatus = 'pass' | 'fail' | 'error' | 'no-device';
/** Why a note has no device event: one plain message and the sentences that negate, plan or date a device. */
export interface NoDevice {
    message: string;
    evidence: Evidence[];
}
/**
 * A device of this operation and what the note says about it (with `--explain`): the sentences that
 * describe it and, per slot, the quotes that fill it (an empty list: the note does not say).
 */
export interface FrameSummary {
    action: DeviceAction;
    site: Site;
    forms: string[];
    /** The sentences of the device's frame: its event, its preparation and amounts. */
    described: Evidence[];
    slots: {
        site: Evidence[];
        drug: Evidence[];
        carrier: Evidence[];
        amount: Evidence[];
        preparation: Evidence[];
        plan: Evidence[];
    };
    /** The preparation quoted is a commercially made product. */
    prefabricated: boolean;
}
export interface NoteResult {
    source: string;
    status: NoteStatus;
    code: string | null;
    suggestedCodes: string[];
    devices: DeviceEvent[];
    elements: ElementResult[];
    error?: {
        message: string;
    };
    claim?: ClaimResult;
    query?: string;
    /**
     * Present when this operation places or removes no drug-delivery device (status `no-device` in auto
     * mode; with a code asked for, the note fails and this says why no element can pass).
     */
    noDevice?: NoDevice;
    /**
     * Billing guidance a coder acts on, with its public source: why a code is not in `suggestedCodes`, where
     * modifier 58 belongs for a planned stage.
     */
    guidance?: {
        text: string;
        source?: string;
    }[];
    /** With `--explain`: each device of this operation and what the note says about it. */
    frames?: FrameSummary[];
    /** The surgeon the note names in a header field ("Surgeon:", "Attending:"); never guessed. */
    surgeon?: string;
    /** Non-fatal input warnings (e.g. invalid UTF-8 replaced); not part of contract v1's required fields. */
    warnings?: string[];
    /** What the input was read as (set for files; optional in contract v1). */
    format?: NoteFormat;
}
export interface Summary {
    checked: number;
    passed: number;
    failed: number;
    errors: number;
    /** Notes with no drug-delivery device (schema version 2); left out of the pass rate. */
    noDevice?: number;
}
export interface Report {
    /** 2 since the `no-device` status; version 1 readers only need to accept that status value. */
    schemaVersion: 1 | 2;
    tool: {
        name: 'oplint';
        version: string;
    };
    results: NoteResult[];
    summary: Summary;
}
