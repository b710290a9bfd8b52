import { lazy } from "react";

/*
 * The views the pane loads when first used. The overview is what opens; everything else
 * loads on demand, which keeps the pane's first download within its budget (BENCHMARKS.md).
 */

export const loadInitiativesView = () => import("./components/InitiativesView");
export const InitiativesView = lazy(() =>
  loadInitiativesView().then((module) => ({ default: module.InitiativesView })),
);
// With the form comes the checked write its save runs (editRow.ts), so the first save waits for no download.
export const InitiativeForm = lazy(() =>
  Promise.all([import("./components/InitiativeForm"), import("../excel/editRow")]).then(([module]) => ({
    default: module.InitiativeForm,
  })),
);
export const loadChangeLogPanels = () => import("./components/ChangeLogPanels");
export const HistoryPanel = lazy(() =>
  loadChangeLogPanels().then((module) => ({ default: module.HistoryPanel })),
);
export const DeletedPanel = lazy(() =>
  loadChangeLogPanels().then((module) => ({ default: module.DeletedPanel })),
);
export const GoalsPanel = lazy(() =>
  import("./components/GoalsPanel").then((module) => ({ default: module.GoalsPanel })),
);
export const UndoPanel = lazy(() => loadChangeLogPanels().then((module) => ({ default: module.UndoPanel })));
export const ImportView = lazy(() =>
  import("./components/ImportView").then((module) => ({ default: module.ImportView })),
);
export const ConflictView = lazy(() =>
  import("./components/ConflictView").then((module) => ({ default: module.ConflictView })),
);
// Below the targets in the overview; with the coming challenges' cases it is its own chunk.
export const StrategyView = lazy(() =>
  import("./components/StrategyView").then((module) => ({ default: module.StrategyView })),
);
export const NewBudgetYearPanel = lazy(() =>
  import("./components/NewBudgetYearPanel").then((module) => ({ default: module.NewBudgetYearPanel })),
);
