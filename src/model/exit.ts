/**
 * Exit codes with a meaning, as knip and ESLint have them: 0 done (the inputs are valid), 1 the
 * inputs have problems, 2 the tool could not run (usage, unreadable input, no browser, interrupted
 * runs excepted: 130 and 143 by their signal).
 */
export const EXIT = { ok: 0, invalid: 1, failure: 2 } as const;
