export const createJsonlFormatter = () => ({
    begin: () => '',
    result(results) {
        let out = '';
        // JSON.stringify leaves U+2028/U+2029 raw; escape them so line splitters that treat them as line
        // breaks (Python's splitlines, some editors) still see one record per line.
        for (const r of results)
            out += JSON.stringify(r).replace(/[\u2028\u2029]/g, escapeLs) + '\n';
        return out;
    },
    end: () => '',
});
function escapeLs(ch) {
    return ch === '\u2028' ? '\\u2028' : '\\u2029';
}
export default createJsonlFormatter;
