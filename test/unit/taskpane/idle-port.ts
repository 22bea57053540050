import type { Scenario } from '../../../src/engine';
import type {
  ApplyScenarioOutcome,
  CalculateOutcome,
  CompareScenariosOutcome,
  DialogueOutcome,
  InsertTemplateOutcome,
  ReadOutcome,
  ScenarioStoreOutcome,
  WorkbookPort,
} from '../../../src/workbook/port';

/** A port that does nothing and holds no scenario: for tests of the pane that need no workbook. */
export class IdlePort implements WorkbookPort {
  async insertTemplate(): Promise<InsertTemplateOutcome> {
    return { ok: true, sheets: [] };
  }
  async readInputs(): Promise<ReadOutcome> {
    return { ok: false, issues: [] };
  }
  async calculate(): Promise<CalculateOutcome> {
    return { ok: false, issues: [] };
  }
  async writeDialogue(): Promise<DialogueOutcome> {
    return { ok: false, issues: [] };
  }
  async selectCell(): Promise<void> {}
  onInputsChanged(): () => void {
    return () => undefined;
  }
  async listScenarios(): Promise<ScenarioStoreOutcome> {
    return { ok: true, scenarios: [], issues: [] };
  }
  async saveScenario(): Promise<ScenarioStoreOutcome> {
    return this.listScenarios();
  }
  async applyScenario(): Promise<ApplyScenarioOutcome> {
    return { ok: false, issues: [] };
  }
  async renameScenario(): Promise<ScenarioStoreOutcome> {
    return this.listScenarios();
  }
  async duplicateScenario(): Promise<ScenarioStoreOutcome> {
    return this.listScenarios();
  }
  async deleteScenario(): Promise<ScenarioStoreOutcome> {
    return this.listScenarios();
  }
  async setScenarioStatus(): Promise<ScenarioStoreOutcome> {
    return this.listScenarios();
  }
  async importScenarios(_scenarios: readonly Scenario[]): Promise<ScenarioStoreOutcome> {
    return this.listScenarios();
  }
  async compareScenarios(): Promise<CompareScenariosOutcome> {
    return { ok: false, issues: [] };
  }
}
