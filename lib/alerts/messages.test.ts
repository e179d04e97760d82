import { expect, it } from "vitest";
import { alertMessage, digestMessage } from "./messages";

const config = { smtpUrl: undefined, from: "x@example.test", appUrl: "https://ps.example.gov.uk" };

it("an alert's message links to where to act and to the settings", () => {
  const m = alertMessage({ subject: "S", text: "T", link: "/contracts/c1" }, config);
  expect(m.subject).toBe("S");
  expect(m.text).toContain("https://ps.example.gov.uk/contracts/c1");
  expect(m.text).toContain("https://ps.example.gov.uk/settings/alerts");
});

it("a digest lists each alert once, numbered", () => {
  const m = digestMessage(
    [
      { subject: "A", text: "a", link: "/a" },
      { subject: "B", text: "b", link: "/b" },
    ],
    "WEEKLY",
    config,
  );
  expect(m.subject).toBe("Your Partnerscope weekly digest: 2 alerts");
  expect(m.text.match(/^1\. A$/m)).toHaveLength(1);
  expect(m.text.match(/^2\. B$/m)).toHaveLength(1);
});
