import type { z } from 'zod';
/** Schema of `patterns/outcomes.yaml`: wording of note-level outcomes. */
export declare const OutcomesSchema: () => z.ZodObject<{
    noDevice: z.ZodObject<{
        message: z.ZodString;
        element: z.ZodString;
        fix: z.ZodString;
        quoted: z.ZodString;
    }, z.core.$strict>;
    staged: z.ZodObject<{
        text: z.ZodString;
        source: z.ZodString;
    }, z.core.$strict>;
    prefabricated: z.ZodString;
    removalOnly: z.ZodString;
}, z.core.$strict>;
export type Outcomes = z.infer<ReturnType<typeof OutcomesSchema>>;
