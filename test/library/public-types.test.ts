import { describe, expectTypeOf, it } from "vitest";
import type { MentionRecord as PublicMention } from "../../src/library/types.js";
import type { MentionRecord } from "../../src/report/mention-rows.js";

// The public types are copies that stand alone (src/library/types.ts); `npm test` type-checks
// this file, so a field added to or changed in either copy fails the build.
describe("public types", () => {
  it("MentionRecord is the shape `kouka mentions` rows are made from", () => {
    expectTypeOf<PublicMention>().toEqualTypeOf<MentionRecord>();
  });
});
