import { describe, expect, it } from "vitest";
import { checkAgainstReceipts } from "@/lib/supply-chain/received";
import type { ReturnLine } from "@/lib/supply-chain/validate";

const line = (row: number, amount: string, month = "2025-06", contractId = "c1"): ReturnLine => ({
  row,
  contractId,
  departmentId: "d",
  payeeSupplierId: `s${row}`,
  month,
  paidOn: new Date(),
  amount,
});
const titles = new Map([["c1", "Federated Data Platform"]]);

describe("checkAgainstReceipts", () => {
  it("accepts a return up to what the lead was paid that month", () => {
    expect(
      checkAgainstReceipts(
        [line(2, "600.00"), line(3, "400.00")],
        new Map([["c1|2025-06", "1000.00"]]),
        new Map(),
        titles,
      ),
    ).toEqual([]);
  });
  it("refuses a return on a contract with no direct spend that month, with the figures", () => {
    const errors = checkAgainstReceipts([line(2, "25000.00")], new Map(), new Map(), titles);
    expect(errors).toEqual([
      {
        row: 2,
        column: "amount",
        message:
          'payments to members on "Federated Data Platform" in 2025-06 come to £25,000.00, more than the £0.00 the buyer paid you for that contract that month',
      },
    ]);
  });
  it("counts what earlier returns reported for the month", () => {
    const errors = checkAgainstReceipts(
      [line(2, "300.00")],
      new Map([["c1|2025-06", "1000.00"]]),
      new Map([["c1|2025-06", "800.00"]]),
      titles,
    );
    expect(errors[0]?.message).toContain(
      "come to £1,100.00 (£800.00 of it in earlier returns), more than the £1,000.00",
    );
  });
  it("judges each contract and month on its own", () => {
    const errors = checkAgainstReceipts(
      [line(2, "10.00", "2025-05"), line(3, "10.00", "2025-06")],
      new Map([["c1|2025-05", "10.00"]]),
      new Map(),
      titles,
    );
    expect(errors.map((e) => e.row)).toEqual([3]);
  });
});
