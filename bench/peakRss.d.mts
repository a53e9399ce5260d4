/** The peak RSS of this process, in KiB (VmHWM on Linux; see peakRss.mjs). */
export declare function peakRssKb(): number;
