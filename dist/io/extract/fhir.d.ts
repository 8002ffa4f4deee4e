/** One document found in the resource: bytes to extract, or why it cannot be read. */
export type FhirDoc = {
    bytes: Uint8Array;
    contentType: string;
    where: string;
} | {
    error: string;
    where: string;
};
export declare const baseType: (ct: string | undefined) => string;
export declare function readableType(ct: string | undefined): boolean;
/** True when decoded text looks like FHIR JSON (a `resourceType` member near the top). */
export declare function looksFhir(head: string): boolean;
/** The documents in a parsed FHIR resource. Throws ExtractError for a resource of another kind. */
export declare function fhirDocuments(json: unknown): FhirDoc[];
