import { describe, expect, it } from "vitest";
import { finalFailureReason, reasonOf } from "./failure-reason";

describe("reasonOf", () => {
  it("says the database stopped for connection errors, whatever the driver calls them", () => {
    expect(reasonOf(new Error("connect ECONNREFUSED 127.0.0.1:5432"))).toBe(
      "the database stopped answering while the job ran",
    );
    expect(reasonOf({ message: "terminating connection due to administrator command" })).toBe(
      "the database stopped answering while the job ran",
    );
    expect(reasonOf(new Error("Connection terminated unexpectedly"))).toBe(
      "the database stopped answering while the job ran",
    );
  });
  it("says the worker stopped when pg-boss failed the job for a missed heartbeat", () => {
    expect(reasonOf({ value: { message: "job heartbeat timeout" } })).toMatch(/worker running it stopped/);
  });
  it("keeps other messages short", () => {
    expect(reasonOf(new Error("x".repeat(500)))).toHaveLength("an unexpected error ()".length + 200);
  });
});

describe("finalFailureReason", () => {
  it("tells the person nothing was written and what to do", () => {
    expect(finalFailureReason(new Error("ECONNREFUSED"), 3)).toBe(
      "The import could not be finished: the database stopped answering while the job ran. It was tried 3 times. Nothing was written. An administrator can retry it from the jobs page today; otherwise upload the file again.",
    );
  });
});
