import { lazy, zod } from './deps.js';
const __schemas = lazy(() => {
    const z = zod();
    const OutcomesSchema = z.strictObject({
        noDevice: z.strictObject({
            message: z.string().min(1),
            element: z.string().min(1),
            fix: z.string().min(1),
            quoted: z.string().min(1),
        }),
        staged: z.strictObject({ text: z.string().min(1), source: z.string().min(1) }),
        prefabricated: z.string().min(1),
        removalOnly: z.string().min(1),
    });
    return { OutcomesSchema };
});
/** Schema of `patterns/outcomes.yaml`: wording of note-level outcomes. */
export const OutcomesSchema = () => __schemas().OutcomesSchema;
