export interface Bar {
    label: string;
    value: number;
    /** CSS class of the bar's fill: pass, warn, fail, error, na, neutral. */
    tone: string;
    /** Tooltip; default "label: value". */
    title?: string;
}
/** A bar chart; `id` names its title for aria-labelledby. */
export declare function barChart(id: string, title: string, bars: Bar[], desc?: string): string;
