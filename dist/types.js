/** JSON contract v1 types. Stable: other tools and tests depend on them. */
export {};
