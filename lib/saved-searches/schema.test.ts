import { expect, it } from "vitest";
import { SaveSearchSchema, searchFilters } from "./schema";

it("keeps a search's filters, not its page or order, checked by the search page's own schema", () => {
  expect(searchFilters("REGISTER", "q=cloud&status=ACTIVE&page=4&sort=title&dir=asc")).toEqual({
    q: "cloud",
    status: "ACTIVE",
  });
  expect(searchFilters("REGISTER", "status=NOT_A_STATUS&ending=6")).toEqual({ ending: "6" });
  expect(searchFilters("PARTNER_SEARCH", "sme=sme&region=London&seeks=lead")).toEqual({
    sme: "sme",
    region: "London",
    seeks: "lead",
  });
});

it("takes the query string with or without the page's path", () => {
  expect(SaveSearchSchema.parse({ kind: "PARTNER_SEARCH", name: "x", query: "/partner-search?q=data" }).query).toBe(
    "q=data",
  );
  expect(SaveSearchSchema.parse({ kind: "REGISTER", name: "x", query: "?q=data" }).query).toBe("q=data");
  expect(SaveSearchSchema.parse({ kind: "REGISTER", name: "x" }).query).toBe("");
});

it("names a missing name", () => {
  const parsed = SaveSearchSchema.safeParse({ kind: "REGISTER", name: "" });
  expect(parsed.success).toBe(false);
  expect(parsed.error?.issues[0]?.path).toEqual(["name"]);
});
