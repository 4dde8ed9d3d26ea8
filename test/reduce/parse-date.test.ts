import { describe, expect, it } from "vitest";
import { parseDate, periodLabel, periodRange } from "../../src/reduce/parse-date.js";

describe("parseDate", () => {
  it.each([
    ["2024-03-05", { year: 2024, month: 3, day: 5 }],
    ["2024-03-05T23:30:00+09:00", { year: 2024, month: 3, day: 5 }],
    ["2024-03-05T23:30:00Z", { year: 2024, month: 3, day: 5 }],
    ["2024-03-05 10:00", { year: 2024, month: 3, day: 5 }],
    ["20240305", { year: 2024, month: 3, day: 5 }],
    ["2024-03", { year: 2024, month: 3 }],
    ["2024", { year: 2024 }],
    ["2024/3/5", { year: 2024, month: 3, day: 5 }],
    ["2024/03/05 9:15", { year: 2024, month: 3, day: 5 }],
    ["2024/3", { year: 2024, month: 3 }],
    ["2024年3月5日", { year: 2024, month: 3, day: 5 }],
    ["２０２４年３月５日", { year: 2024, month: 3, day: 5 }],
    ["2024年3月", { year: 2024, month: 3 }],
    ["令和6年3月5日", { year: 2024, month: 3, day: 5 }],
    ["令和元年5月1日", { year: 2019, month: 5, day: 1 }],
    ["平成31年4月30日", { year: 2019, month: 4, day: 30 }],
    ["平成元年1月8日", { year: 1989, month: 1, day: 8 }],
    [" 2024-02-29 ", { year: 2024, month: 2, day: 29 }],
  ])("reads %j", (text, date) => {
    expect(parseDate(text)).toEqual(date);
  });

  it.each([
    "yesterday",
    "2024-13-01",
    "2023-02-29",
    "2024/4/31",
    "2024年0月1日",
    "03/05/2024",
    "令和元年4月30日", // before 令和 began
    "平成31年5月1日", // after 平成 ended
    "令和0年1月1日",
    "",
    "2024-03-05T",
  ])("does not read %j", (text) => {
    expect(parseDate(text)).toBeUndefined();
  });
});

describe("periodLabel", () => {
  it("labels as precisely as asked, and not more than written", () => {
    const d = { year: 2024, month: 3, day: 5 };
    expect(periodLabel(d, "year")).toBe("2024");
    expect(periodLabel(d, "month")).toBe("2024-03");
    expect(periodLabel(d, "day")).toBe("2024-03-05");
    expect(periodLabel({ year: 2024 }, "month")).toBeUndefined();
    expect(periodLabel({ year: 2024, month: 3 }, "day")).toBeUndefined();
  });
});

describe("periodRange", () => {
  it("fills every period between the first and the last", () => {
    expect(periodRange("2023-11", "2024-02", "month")).toEqual(["2023-11", "2023-12", "2024-01", "2024-02"]);
    expect(periodRange("2024-02-27", "2024-03-01", "day")).toEqual(["2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01"]);
    expect(periodRange("2022", "2024", "year")).toEqual(["2022", "2023", "2024"]);
    expect(periodRange("2024-05", "2024-05", "month")).toEqual(["2024-05"]);
  });
});
