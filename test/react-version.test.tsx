import { version } from "react";
import { version as domVersion } from "react-dom";
import { expect, it } from "vitest";

it("runs on the React the suite was started for", () => {
  const expected = process.env.EXPECT_REACT ?? "19";
  console.log(`React ${version}, react-dom ${domVersion}`);
  expect(version.split(".")[0]).toBe(expected);
  expect(domVersion.split(".")[0]).toBe(expected);
});
