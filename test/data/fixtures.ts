import { parseData, type TableBytes, type TableName } from "../../src/data/load.ts";
import { formatProblem } from "../../src/errors.ts";

/** A small valid data set; each test breaks one table. */
export const VALID: Record<TableName, string> = {
  sources:
    "id,publisher,publisher_basis,headline,headline_kind,published,date_basis,date_note,file\n" +
    "afp-1,AFP,inferred,A headline,own,2024-05-07,inferred,From weekdays,a.txt\n" +
    "anon-1,,unidentified,Described,descriptive,2026-01-06,stated,,b.txt\n",
  reporters: "name,display,article,number,aliases,note\n" + "Gaza health ministry,,the,singular,,\n",
  casualties:
    "measure,who,scope,place,value,qualifier,hedge,as_of,reported_by,source,passage,cause,note\n" +
    "killed,people,war,Gaza,34789,at least,,2024-05-07,Gaza health ministry,afp-1,p1.s1,,\n",
  hostages:
    "measure,value,qualifier,hedge,as_of,reported_by,source,passage,note\n" +
    "held,132,exact,,2024-05-07,Israeli officials,afp-1,p2.s1,\n" +
    "released_living,,all,,2026-01-06,unattributed,anon-1,,\n",
  closures:
    "crossing,from,from_precision,to,as_of,reported_by,source,passage,note\n" +
    "rafah,2024-05-07,day,,2024-05-07,UN,afp-1,p3.s1,\n",
  events:
    "date,precision,crossing,kind,actor,label,hedge,reported_by,source,passage,note\n" +
    "2024-05-07,day,rafah,seizure,Israeli forces,Seized,,unattributed,afp-1,p4.s1,\n",
  humanitarian:
    "measure,place,who,value,unit,qualifier,hedge,as_of,reported_by,source,passage,note\n" +
    "sheltering,Rafah,people,1400000,people,exact,,2024-05-07,UN,afp-1,p5.s1,\n",
};

export function bytesOf(overrides: Partial<Record<TableName, string | Uint8Array | null>> = {}): TableBytes {
  const out: TableBytes = {};
  for (const name of Object.keys(VALID) as TableName[]) {
    const v = name in overrides ? overrides[name] : VALID[name];
    if (v === null || v === undefined) continue;
    out[name] = typeof v === "string" ? new TextEncoder().encode(v) : v;
  }
  return out;
}

/** "Today" for tests, so that date checks do not depend on the clock. */
export const TODAY = new Date("2026-11-26T12:00:00Z");

/** The formatted problems for a data set with some tables replaced ([] when it loads). */
export function problemsFor(
  overrides: Partial<Record<TableName, string | Uint8Array | null>>,
  today = TODAY,
): string[] {
  const result = parseData(bytesOf(overrides), "data", today);
  return result.ok ? [] : result.problems.map(formatProblem);
}
