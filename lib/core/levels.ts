// The lights and severities, on their own so code that must stay small (the popup's first paint, lib/core/
// verdict-mini.ts) can name them without loading zod's full API through ./schemas.ts, which re-exports them.
export const LIGHTS = ['red', 'amber', 'green', 'grey'] as const;
export const SEVERITIES = ['danger', 'warn', 'good', 'info'] as const;
