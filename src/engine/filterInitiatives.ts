import {
  NOT_ESTIMATED,
  effectIn,
  expectedEffect,
  type FocusArea,
  type Initiative,
  type Status,
} from "./initiative";

/** What the analyst narrowed the list to; an empty field does not filter. */
export type InitiativeFilter = {
  authorityArea?: string;
  coreArea?: string;
  focusArea?: FocusArea | "none";
  status?: Status;
  /** Words that must all appear in the name, owner, note or an area (case- and accent-tolerant). */
  text?: string;
};

/** A column the list can be sorted by: a text field or one year's effect. */
export type SortKey = "name" | "authorityArea" | "status" | "owner" | "lastChanged" | { year: number };

/** Sort order of the list. */
export type Sort = { key: SortKey; direction: "ascending" | "descending" };

/** The lines shown, in order, with per-year totals of what is shown. */
export type FilteredInitiatives = {
  shown: Initiative[];
  /** Sum of estimated effects per year of `years`, a range at its midpoint (dropped initiatives left out). */
  totals: number[];
  /** Shown initiatives (not dropped) without an estimate, per year: unknown, not zero. */
  notEstimated: number[];
};

const fold = (text: string) =>
  text
    .toLocaleLowerCase("da")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");

/** The text a search looks in, folded once per initiative: name, owner, note and the areas. */
function searchKey(initiative: Initiative): string {
  return fold(
    [initiative.name, initiative.owner, initiative.note, initiative.authorityArea, initiative.coreArea].join(
      "\n",
    ),
  );
}

const STATUS_ORDER: Record<Status, number> = {
  idea: 0,
  analysis: 1,
  estimated: 2,
  decided: 3,
  realised: 4,
  dropped: 5,
};

function compareBy(key: SortKey): (a: Initiative, b: Initiative) => number {
  const collator = new Intl.Collator("da", { sensitivity: "base", numeric: true });
  if (typeof key === "object") {
    // Not-estimated years sort after every amount, whichever the direction is flipped to later.
    const amount = (initiative: Initiative) => {
      const effect = expectedEffect(effectIn(initiative, key.year));
      return effect === NOT_ESTIMATED ? Number.POSITIVE_INFINITY : effect;
    };
    return (a, b) => amount(a) - amount(b);
  }
  if (key === "status") return (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
  if (key === "lastChanged")
    return (a, b) => (a.lastChanged?.at ?? "").localeCompare(b.lastChanged?.at ?? "");
  return (a, b) => collator.compare(a[key], b[key]);
}

/**
 * The initiatives in the order of `sort` (stable, by name within ties), each with its folded
 * search text: the work of a list that does not change while the user types, done once.
 */
export type PreparedList = { sorted: readonly Initiative[]; keys: readonly string[] };

/** The list's order: by the sort's key, then by name. Ties beyond that keep the order they came in. */
function orderOf(sort: Sort): (a: Initiative, b: Initiative) => number {
  const compare = compareBy(sort.key);
  const byName = compareBy("name");
  const sign = sort.direction === "ascending" ? 1 : -1;
  return (a, b) => sign * compare(a, b) || byName(a, b);
}

/** Sorts the initiatives and folds their search texts, for filterPrepared. */
export function prepareList(initiatives: readonly Initiative[], sort: Sort): PreparedList {
  const sorted = [...initiatives].sort(orderOf(sort));
  return { sorted, keys: sorted.map(searchKey) };
}

/** At most this many lines replaced are moved into place; more are sorted afresh. */
const MOVED_AT_MOST = 16;

/**
 * `prepareList(initiatives, sort)` from the list prepared for `before` by the same sort, when
 * the two hold the same lines at the same places but for a few replaced (the pane's own save
 * puts one saved line in): those are taken out and put back where the stable sort puts them,
 * refolded, instead of sorting and folding 50,000 lines again. Exactly what prepareList gives.
 */
export function reprepareList(
  before: readonly Initiative[],
  prepared: PreparedList,
  initiatives: readonly Initiative[],
  sort: Sort,
): PreparedList {
  const replaced: number[] = [];
  for (let at = 0; at < initiatives.length && replaced.length <= MOVED_AT_MOST; at++)
    if (initiatives[at] !== before[at]) replaced.push(at);
  if (before.length !== initiatives.length || replaced.length > MOVED_AT_MOST)
    return prepareList(initiatives, sort);
  const order = orderOf(sort);
  const place = new Map(initiatives.map((initiative, at) => [initiative, at]));
  // The stable sort's order: ties keep the order the lines came in.
  const precedes = (a: Initiative, b: Initiative) => (order(a, b) || place.get(a)! - place.get(b)!) < 0;
  const sorted = [...prepared.sorted];
  const keys = [...prepared.keys];
  for (const at of replaced) {
    const from = sorted.indexOf(before[at]);
    sorted.splice(from, 1);
    keys.splice(from, 1);
  }
  for (const at of replaced) {
    const line = initiatives[at];
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (precedes(sorted[middle], line)) low = middle + 1;
      else high = middle;
    }
    sorted.splice(low, 0, line);
    keys.splice(low, 0, searchKey(line));
  }
  return { sorted, keys };
}

/**
 * Filters a prepared list and totals what is shown. Per keystroke this is one pass of
 * string searches and comparisons: the sort and the folding were done by prepareList.
 */
export function filterPrepared(
  list: PreparedList,
  filter: InitiativeFilter,
  years: readonly number[],
): FilteredInitiatives {
  const words = fold(filter.text ?? "")
    .split(/\s+/)
    .filter(Boolean);
  const shown = list.sorted.filter(
    (initiative, index) =>
      (!filter.authorityArea || initiative.authorityArea === filter.authorityArea) &&
      (!filter.coreArea || initiative.coreArea === filter.coreArea) &&
      (!filter.focusArea || (initiative.focusArea ?? "none") === filter.focusArea) &&
      (!filter.status || initiative.status === filter.status) &&
      words.every((word) => list.keys[index].includes(word)),
  );
  const totals = years.map(() => 0);
  const notEstimated = years.map(() => 0);
  for (const initiative of shown) {
    if (initiative.status === "dropped") continue;
    years.forEach((year, index) => {
      const effect = expectedEffect(effectIn(initiative, year));
      if (effect === NOT_ESTIMATED) notEstimated[index]++;
      else totals[index] += effect;
    });
  }
  return { shown, totals, notEstimated };
}

/** Filters, sorts (stable, by name within ties) and totals the initiatives for the list. */
export function filterInitiatives(
  initiatives: readonly Initiative[],
  filter: InitiativeFilter,
  sort: Sort,
  years: readonly number[],
): FilteredInitiatives {
  return filterPrepared(prepareList(initiatives, sort), filter, years);
}
