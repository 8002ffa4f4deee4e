/**
 * JSON contract v1, streamed: the header is written first, each result as it arrives, the summary last,
 * so memory stays flat however many notes are checked.
 */
export const createJsonFormatter = (ctx) => {
    let first = true;
    const indent = (s) => s.replace(/\n/g, '\n    ');
    return {
        begin: () => `{\n  "schemaVersion": 2,\n  "tool": { "name": "oplint", "version": ${JSON.stringify(ctx.version)} },\n  "results": [`,
        result(results) {
            let out = '';
            for (const r of results) {
                out += `${first ? '\n    ' : ',\n    '}${indent(JSON.stringify(r, null, 2))}`;
                first = false;
            }
            return out;
        },
        end: (summary) => `${first ? '' : '\n  '}],\n  "summary": ${JSON.stringify(summary)}\n}\n`,
    };
};
export default createJsonFormatter;
