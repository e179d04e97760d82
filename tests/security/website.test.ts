// Issue 16, item 10: the website field is shown as a link, so only http(s) addresses are kept.
import { describe, expect, it } from "vitest";
import { OrganisationSchema } from "@/lib/suppliers/portal-schema";

const website = OrganisationSchema.shape.website;

describe("website", () => {
  it.each([
    "javascript:alert(document.cookie)",
    "JavaScript://example.org/%0Aalert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "ftp://example.org",
    "https://",
    "https:/example.org",
  ])("refuses %j", (value) => {
    expect(website.safeParse(value).success).toBe(false);
  });

  it("keeps http and https addresses", () => {
    expect(website.parse("https://www.example.co.uk/about")).toBe("https://www.example.co.uk/about");
    expect(website.parse("http://example.org")).toBe("http://example.org");
  });
});
