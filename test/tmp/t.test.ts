import { builtInMonitors } from "../../src/core/model";
test("x", () => {
  expect(builtInMonitors().map((m: { id: string }) => m.id)).toEqual([
    "rak-2008-2010",
    "actiemonitor-2013",
    "ghnt-2018",
  ]);
});
