// The one money and number formatter (dates: lib/dates/format.ts). Money arrives as Decimal or a decimal string and is
// formatted from its exact decimal representation, never through a float.
type DecimalLike = { toString(): string } | string | number;

const gbp = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });
const gbpCompact = new Intl.NumberFormat("en-GB", {
  style: "currency",
  currency: "GBP",
  notation: "compact",
  minimumFractionDigits: 0,
  maximumFractionDigits: 1,
});
const percent = new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: 1 });
const count = new Intl.NumberFormat("en-GB");
// Formatters are built once: Number#toLocaleString with options build a new
// ICU formatter on every call, which cost a dashboard page about 20 ms of CPU.

// Intl.NumberFormat formats a numeric string exactly (ECMA-402 "Intl.NumberFormat v3").
const exact = (value: DecimalLike) => String(value) as unknown as number;

export function formatMoney(value: DecimalLike): string {
  return gbp.format(exact(value));
}

/** £1.2m style, for headline figures and chart axes: rounded for display, so a float is fine here. */
export function formatMoneyCompact(value: DecimalLike): string {
  return gbpCompact.format(Number(String(value)));
}

/** A fraction (0.123) as "12.3%". */
export function formatPercent(fraction: DecimalLike): string {
  return percent.format(exact(fraction));
}

export function formatCount(value: number): string {
  return count.format(value);
}
