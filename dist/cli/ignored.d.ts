export declare function isNameIgnored(name: string, patterns: string[], cwdIn: string): boolean;
