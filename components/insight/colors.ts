// Chart colours, in a plain module: values exported from a "use client" file are only references on the server.
/** The palette: brand blue, amber, teal, slate; all at least 3:1 against white (WCAG 1.4.11). */
export const COLORS = {
  primary: "#174a8a",
  secondary: "#b45309",
  tertiary: "#0f766e",
  muted: "#475569",
  target: "#b91c1c",
} as const;
